// name: clear_graph
// mode: write
// title: Remove every node
// description: Deletes all relationships, then all nodes, in batches of 10,000 (tests, `tirlun reset`, the bench). Constraints stay.
// description: Relationships go first so no batch has to detach a dense node (a theme at scale 10 has hundreds of thousands).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
