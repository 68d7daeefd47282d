// name: load_attendance
// mode: write
// title: Load attendance
// description: Person ATTENDED meeting, with how (attended, deputy, apologies) in the property 'as'.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (pe:Person {id: row.person_id})
MATCH (m:Meeting {id: row.meeting_id})
MERGE (pe)-[r:ATTENDED]->(m)
SET r += row.props
