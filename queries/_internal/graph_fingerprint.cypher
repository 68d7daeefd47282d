// name: graph_fingerprint
// title: Graph fingerprint
// description: Every node and relationship with its properties, sorted, so two graphs can be compared exactly (tests, small graphs only).
MATCH (n) WHERE NOT (n:LoadRecord OR n:LoadSnapshot OR n:LoadSnapshotLink OR n:LoadLock OR n:GraphVersion OR n:FindingSet)  // the journal is not data
WITH n ORDER BY n.id
WITH collect([labels(n), properties(n)]) AS nodes
OPTIONAL MATCH (a)-[r]->(b)
WITH nodes, a, r, b ORDER BY type(r), a.id, b.id, r.role
RETURN nodes, collect([a.id, type(r), b.id, properties(r)]) AS relationships
