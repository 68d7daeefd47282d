// name: load_datasets
// mode: write
// title: Load datasets
// description: Datasets by id (kind personal, aggregate or published; form; period), their data controller (HELD_BY), the partnership they are made for (PRODUCED_FOR) and themes.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Dataset {id: row.id})
SET n += row.props
WITH n, row
CALL (n) { MATCH (n)-[old:HELD_BY|PRODUCED_FOR|HAS_THEME]->() DELETE old }
MATCH (o:Organisation {id: row.controller_id})
MERGE (n)-[h:HELD_BY]->(o)
SET h += row.prov
WITH n, row
CALL (n, row) {
  MATCH (p:Partnership {id: row.partnership_id})
  MERGE (n)-[r:PRODUCED_FOR]->(p) SET r += row.prov
}
CALL (n, row) {
  UNWIND row.themes AS tid
  MATCH (t:Theme {id: tid})
  MERGE (n)-[r:HAS_THEME]->(t) SET r += row.prov
}
