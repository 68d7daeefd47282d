// name: missing_provenance
// title: Facts without a source
// description: Nodes and relationships that lack source or as_of. Should be empty: every loaded fact carries its provenance.
CALL () {
  MATCH (n) WHERE (n.source IS NULL OR n.as_of IS NULL)
    AND NOT (n:LoadRecord OR n:LoadSnapshot OR n:LoadSnapshotLink OR n:LoadLock OR n:GraphVersion OR n:FindingSet)  // the journal is not data
  RETURN 'node' AS what, labels(n)[0] AS kind, n.id AS id
  UNION ALL
  MATCH (a)-[r]->(b) WHERE r.source IS NULL OR r.as_of IS NULL
  RETURN 'relationship' AS what, type(r) AS kind, a.id + ' -> ' + b.id AS id
}
RETURN what, kind, id
ORDER BY what, kind, id
