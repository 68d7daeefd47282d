// name: load_journal_finish
// mode: write
// title: Close a load's journal
// description: Records the outcome ('committed' kept, or 'rolled_back'), that it was reported to someone, and deletes the
// description: load's reference snapshot, which is no longer needed; releases the load lock it held and raises the
// description: graph version (an undo changed data; a kept load's readers must see it).
// param: id str | The load's id
// param: status str | 'committed' or 'rolled_back'
// param: error str = | What went wrong, for a load that was undone
// param: recovered bool = false | Whether a later command (not the load itself) settled it
MATCH (j:LoadRecord {id: $id})
SET j.status = $status, j.reported = true, j.finished = coalesce(j.finished, datetime()),
    j.error = coalesce($error, j.error), j.recovered = $recovered
WITH j
CALL (j) {
  MATCH (s:LoadSnapshot) WHERE s._load = j.id
  DELETE s
}
CALL (j) {
  MATCH (l:LoadSnapshotLink) WHERE l._load = j.id
  DELETE l
}
CALL (j) {
  MATCH (l:LoadLock {id: 'load'}) WHERE l.load = j.id
  DELETE l
}
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID(), g.version = 0
SET g.version = g.version + 1, g.changed = datetime(), g.reason = 'settled ' + j.id
RETURN j.id AS id
