// name: load_attendance
// mode: write
// title: Load attendance
// description: Person ATTENDED meeting, with how (attended, deputy, apologies) in the property 'as'.
// description: Rows are [person_id, meeting_id, i]: $props[i] is the relationship's properties. A batch sends each distinct
// description: property map once, because sending it with every row cost more than writing the row.
// param: rows list | One list per input row, built by loader/plan.py
// param: props list | The batch's distinct property maps, built by loader/plan.py
UNWIND $rows AS row
MATCH (pe:Person {id: row[0]})
MATCH (m:Meeting {id: row[1]})
MERGE (pe)-[r:ATTENDED]->(m)
SET r += $props[row[2]]
