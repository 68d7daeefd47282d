// name: clear_graph
// mode: write
// title: Remove every node
// description: Deletes all relationships, then all nodes but the graph version, in batches of 10,000 (tests, the bench),
// description: then raises the version, so no cache keyed on it outlives the emptying. Constraints stay.
// description: Relationships go first so no batch has to detach a dense node (a theme at scale 10 has hundreds of thousands).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) WHERE NOT n:GraphVersion
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID(), g.version = 0
SET g.version = g.version + 1, g.changed = datetime(), g.reason = 'cleared'
