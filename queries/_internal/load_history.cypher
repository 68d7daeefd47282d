// name: load_history
// title: Load history
// description: Every load recorded in the graph, newest first: who, when, region, outcome, file hash and rows per table.
// param: limit int = 50 | Most loads to return
MATCH (j:LoadRecord)
WITH j ORDER BY j.started DESC
WITH collect(j) AS loads
WITH loads, size(loads) AS total
UNWIND loads[..$limit] AS j
RETURN j.id AS load_id, toString(j.started) AS started, toString(j.finished) AS finished, j.by AS by,
       j.region_id AS region, j.status AS outcome, j.scheme AS scheme, j.file_hash AS file_hash,
       reduce(s = 0, n IN j.table_rows | s + n) AS rows,
       [i IN range(0, size(j.tables) - 1) | j.tables[i] + ' ' + toString(j.table_rows[i])] AS tables,
       coalesce(j.recovered, false) AS recovered, j.error AS error, coalesce(j.warnings, []) AS warnings, total
