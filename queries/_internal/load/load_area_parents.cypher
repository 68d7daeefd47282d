// name: load_area_parents
// mode: write
// title: Load places of areas in hierarchies
// description: One PART_OF per row, matched on the area, its parent and the date it starts (since; none for an undated
// description: place); an area keeps every other place it has, so it can sit in its region, police force area, fire area
// description: and city region at once, and move between regions on a date.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (a:Area {id: row.area_id})
MATCH (p:Area {id: row.parent_id})
OPTIONAL MATCH (a)-[old:PART_OF]->(p)
WHERE coalesce(old.since, date('0001-01-01')) = coalesce(row.props.since, date('0001-01-01'))
CALL (a, p, old, row) {
  WITH a, p, old, row WHERE old IS NULL
  CREATE (a)-[r:PART_OF]->(p)
  SET r = row.props
}
CALL (old, row) {
  WITH old, row WHERE old IS NOT NULL
  SET old = row.props
}
