// name: graph_version_bump
// mode: write
// title: Raise the graph's version
// description: Written as the last statement of every transaction that changes data, so the version and the data commit
// description: together: a reader who sees the new version sees the new data, and no cache outlives a change.
// param: reason str | What changed: 'load ctm', 'assessment', 'emptied', ...
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID(), g.version = 0
SET g.version = g.version + 1, g.changed = datetime(), g.reason = $reason
RETURN g.version AS version
