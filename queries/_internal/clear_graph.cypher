// name: clear_graph
// mode: write
// title: Remove every node
// description: Deletes all nodes and relationships in batches (tests and `tirlun reset`). Constraints stay.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
