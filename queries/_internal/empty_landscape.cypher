// name: empty_landscape
// mode: write
// title: Empty the landscape, keeping the load history
// description: What an admin's "empty the graph" does (the Data page, `tirlun reset`). First a line of the load history
// description: says who is emptying it (outcome 'emptying', region '*'), so an emptying cut short still leaves a trace;
// description: then every relationship, then every node but the load history (LoadRecord), goes in batches of 10,000;
// description: last the line says 'emptied'. Constraints and indexes stay.
// param: id str | Id of the history line
// param: by str | Who empties it
CREATE (:LoadRecord {id: $id, region_id: '*', by: $by, file_hash: '', tables: [], table_rows: [], scheme: 'empty',
                     status: 'emptying', reported: true, recovered: false, started: datetime(), heartbeat: datetime()});
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) WHERE NOT n:LoadRecord
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
MATCH (j:LoadRecord {id: $id})
SET j.status = 'emptied', j.finished = datetime()
