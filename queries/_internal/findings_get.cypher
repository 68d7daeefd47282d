// name: findings_get
// title: Stored findings
// description: One set of findings kept with the graph (tirlun/answers/stored.py): the ranked rows of a question, cut at the store's limit, computed once for one graph version. The key names the question, its choices and the graph version, so a set is never read for another version.
// param: key str | The set's key: question, choices and graph version, hashed
OPTIONAL MATCH (f:FindingSet {key: $key})
RETURN f IS NOT NULL AS found, f.rows AS rows, f.version AS version, f.total AS total,
       f.computed_seconds AS computed_seconds
