// name: load_meetings
// mode: write
// title: Load meetings
// description: Meetings by id, the partnership meeting (MEETING_OF) and agenda themes (HAS_THEME).
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
WITH n, row
CALL (n) { MATCH (n)-[old:MEETING_OF|HAS_THEME]->() DELETE old }
MATCH (p:Partnership {id: row.partnership_id})
MERGE (n)-[r:MEETING_OF]->(p)
SET r += row.prov
WITH n, row
CALL (n, row) {
  UNWIND row.themes AS tid
  MATCH (t:Theme {id: tid})
  MERGE (n)-[r:HAS_THEME]->(t) SET r += row.prov
}
