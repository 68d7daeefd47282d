// name: findings_put
// mode: write
// title: Keep a set of findings with the graph
// description: Stores one question's ranked rows (JSON text, at most the store's limit) under its key, then deletes the sets of any other graph version, but only while the version stored is still the graph's own, so a slow computation never removes a newer version's sets. Derived data: it does not raise the graph's version and no region owns it.
// param: key str | The set's key (findings_get)
// param: kind str | The question, e.g. partnership_overlap
// param: version str | The graph version the rows were computed from: '<epoch>:<counter>'
// param: params str | The question's choices as JSON, for people reading the store in Neo4j's own tools
// param: rows str | The ranked rows as JSON text
// param: total int | How many findings the whole answer has (the rows may be fewer)
// param: seconds float | How long the computation took
MERGE (f:FindingSet {key: $key})
SET f.kind = $kind, f.version = $version, f.params = $params, f.rows = $rows, f.total = $total,
    f.computed = datetime(), f.computed_seconds = $seconds
WITH f
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
WITH f, coalesce(g.epoch, '') + ':' + toString(coalesce(g.version, 0)) = $version AS current
CALL (current) {
  MATCH (old:FindingSet)
  WHERE current AND old.version <> $version
  DELETE old
}
RETURN f.key AS key, current
