// name: label_counts
// title: Nodes per label
// description: How many nodes carry each label.
MATCH (n) WHERE NOT (n:LoadRecord OR n:LoadSnapshot OR n:LoadSnapshotLink OR n:LoadLock OR n:GraphVersion OR n:FindingSet)  // the journal is not data
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
