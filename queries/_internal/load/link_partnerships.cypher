// name: link_partnerships
// mode: write
// title: Link partnerships
// description: Legislation it is set up under (SET_UP_UNDER, with section) and whose duty it discharges (DISCHARGES_DUTY_UNDER, with section), footprint, themes, sub-group, reporting, successor, secretariat and chair links; the row replaces earlier links of these kinds.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (n:Partnership {id: row.id})
CALL (n) {
  MATCH (n)-[old:SET_UP_UNDER|DISCHARGES_DUTY_UNDER|COVERS|HAS_THEME|SUBGROUP_OF|REPORTS_TO|SUCCEEDED_BY]->() DELETE old
}
CALL (n) { MATCH ()-[old:SECRETARIAT_FOR|CHAIRS]->(n) DELETE old }
CALL (n, row) {
  UNWIND row.legislation AS lid
  MATCH (l:Legislation {id: lid})
  MERGE (n)-[r:SET_UP_UNDER]->(l) SET r += row.prov, r.section = row.legislation_section
}
CALL (n, row) {
  UNWIND row.duty_legislation AS lid
  MATCH (l:Legislation {id: lid})
  MERGE (n)-[r:DISCHARGES_DUTY_UNDER]->(l) SET r += row.prov, r.section = row.duty_section
}
CALL (n, row) {
  UNWIND row.areas AS aid
  MATCH (a:Area {id: aid})
  MERGE (n)-[r:COVERS]->(a) SET r += row.prov
}
CALL (n, row) {
  UNWIND row.themes AS tid
  MATCH (t:Theme {id: tid})
  MERGE (n)-[r:HAS_THEME]->(t) SET r += row.prov
}
CALL (n, row) {
  UNWIND row.reports_to AS pid
  MATCH (p:Partnership {id: pid})
  MERGE (n)-[r:REPORTS_TO]->(p) SET r += row.prov
}
CALL (n, row) {
  MATCH (p:Partnership {id: row.subgroup_of})
  MERGE (n)-[r:SUBGROUP_OF]->(p) SET r += row.prov
}
CALL (n, row) {
  MATCH (p:Partnership {id: row.successor_id})
  MERGE (n)-[r:SUCCEEDED_BY]->(p) SET r += row.prov
}
CALL (n, row) {
  MATCH (o:Organisation {id: row.secretariat_id})
  MERGE (o)-[r:SECRETARIAT_FOR]->(n) SET r += row.prov
}
CALL (n, row) {
  MATCH (o:Organisation {id: row.chair_org_id})
  MERGE (o)-[r:CHAIRS]->(n) SET r += row.prov
}
