// name: empty_landscape
// mode: write
// title: Empty the landscape, keeping the load history
// description: What an admin's "empty the graph" does (the Data page, `tirlun reset`): deletes every relationship, then
// description: every node but the load history (LoadRecord), in batches of 10,000, and records who emptied it as one
// description: more line of that history (outcome 'emptied', region '*'). Constraints and indexes stay.
// param: id str | Id of the history line
// param: by str | Who emptied it
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) WHERE NOT n:LoadRecord
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
CREATE (:LoadRecord {id: $id, region_id: '*', by: $by, file_hash: '', tables: [], table_rows: [], scheme: 'empty',
                     status: 'emptied', reported: true, recovered: false, started: datetime(), finished: datetime(),
                     heartbeat: datetime()})
