// name: bench_sample_ids
// title: Busiest entity of each kind (benchmark)
// description: The organisation, partnership, post, meeting and dataset with the most relationships, to feed library queries
// description: that need an id: `tirlun bench` times them on the worst case, not a quiet corner of the graph.
CALL () {
  MATCH (n:Organisation) RETURN 'organisation' AS kind, n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, id LIMIT 1
  UNION ALL
  MATCH (n:Partnership) RETURN 'partnership' AS kind, n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, id LIMIT 1
  UNION ALL
  MATCH (n:Person) RETURN 'person' AS kind, n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, id LIMIT 1
  UNION ALL
  MATCH (n:Meeting) RETURN 'meeting' AS kind, n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, id LIMIT 1
  UNION ALL
  MATCH (n:Dataset) RETURN 'dataset' AS kind, n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC, id LIMIT 1
}
RETURN kind, id, degree
