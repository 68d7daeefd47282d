// name: load_journal_heartbeat
// mode: write
// title: A running load is alive
// description: The loading process writes the time every few seconds, so a load left by a process on another machine is
// description: known to be abandoned once its heartbeat is old.
// param: id str | The load's id
MATCH (j:LoadRecord {id: $id}) WHERE j.status IN ['running', 'emptying']
SET j.heartbeat = datetime()
