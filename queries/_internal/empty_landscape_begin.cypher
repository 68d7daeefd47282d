// name: empty_landscape_begin
// mode: write
// title: Begin emptying the landscape
// description: What an admin's "empty the graph" does first (the Data page, `tirlun reset`): a line of the load history
// description: says who is emptying it (outcome 'emptying', region '*') and, in the same transaction, the load lock is
// description: taken, so no load runs while the graph empties. empty_landscape_finish does the rest; an emptying cut
// description: short is finished by the next command (tirlun.loader.journal.recover).
// param: id str | Id of the history line
// param: by str | Who empties it
// param: host str | Host of the emptying process
// param: pid int | Its process id
// param: proc_start str | Its start time (tells a reused pid apart)
CREATE (:LoadRecord {id: $id, region_id: '*', by: $by, file_hash: '', tables: [], table_rows: [], scheme: 'empty',
                     status: 'emptying', reported: true, recovered: false, started: datetime(), heartbeat: datetime(),
                     host: $host, pid: $pid, proc_start: $proc_start})
CREATE (:LoadLock {id: 'load', load: $id, region: '*', started: datetime()})
