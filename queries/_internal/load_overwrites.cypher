// name: load_overwrites
// title: Sourced facts an illustrative row would replace
// description: Nodes now marked illustrative = false (a sourced fact) that rows of the input marked illustrative would
// description: overwrite. The load goes ahead and reports each one, so no sourced fact is replaced silently.
// param: rows list | Illustrative input rows as maps {label, id, source}
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Area {id: row.id}) WHERE row.label = 'Area' RETURN n
  UNION
  MATCH (n:Theme {id: row.id}) WHERE row.label = 'Theme' RETURN n
  UNION
  MATCH (n:Legislation {id: row.id}) WHERE row.label = 'Legislation' RETURN n
  UNION
  MATCH (n:Organisation {id: row.id}) WHERE row.label = 'Organisation' RETURN n
  UNION
  MATCH (n:Partnership {id: row.id}) WHERE row.label = 'Partnership' RETURN n
  UNION
  MATCH (n:Person {id: row.id}) WHERE row.label = 'Person' RETURN n
  UNION
  MATCH (n:Meeting {id: row.id}) WHERE row.label = 'Meeting' RETURN n
  UNION
  MATCH (n:Dataset {id: row.id}) WHERE row.label = 'Dataset' RETURN n
}
WITH n, row WHERE n.illustrative = false
RETURN row.label AS label, n.id AS id, n.source AS old_source, row.source AS new_source
ORDER BY label, id
