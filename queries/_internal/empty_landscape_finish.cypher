// name: empty_landscape_finish
// mode: write
// title: Finish emptying the landscape, keeping the load history
// description: Run as a script after empty_landscape_begin (and again by recovery if it was cut short: every step can
// description: run again): every relationship, then every node but the load history, the lock and the graph version,
// description: goes in batches of 10,000; last the history line says 'emptied', the lock is released and the graph
// description: version raised, in one transaction. Constraints and indexes stay.
// param: id str | Id of the history line
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) WHERE NOT (n:LoadRecord OR n:LoadLock OR n:GraphVersion)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
MATCH (j:LoadRecord {id: $id})
SET j.status = 'emptied', j.finished = datetime()
WITH j
CALL (j) {
  MATCH (l:LoadLock {id: 'load'}) WHERE l.load = j.id
  DELETE l
}
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID(), g.version = 0
SET g.version = g.version + 1, g.changed = datetime(), g.reason = 'emptied'
