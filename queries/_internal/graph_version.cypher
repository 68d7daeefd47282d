// name: graph_version
// title: The graph's version
// description: What every cache is keyed on: a counter raised in the same transaction as every write (a load's commit,
// description: a recovery, an assessment, an emptying, a reference update), and the epoch of the node that holds it, so
// description: a graph rebuilt from nothing never repeats an old key. One tiny read, shared by every open page.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.epoch, '') AS epoch, coalesce(g.version, 0) AS version, g.changed AS changed, g.reason AS reason
