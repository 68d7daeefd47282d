// name: load_organisations
// mode: write
// title: Load organisations
// description: Organisations by id and the areas they serve (SERVES).
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
SET n += row.props
WITH n, row
CALL (n) { MATCH (n)-[old:SERVES]->() DELETE old }
CALL (n, row) {
  UNWIND row.areas AS area_id
  MATCH (a:Area {id: area_id})
  MERGE (n)-[r:SERVES]->(a)
  SET r += row.prov
}
