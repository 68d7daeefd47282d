// name: load_seats
// mode: write
// title: Load seats
// description: Person SITS_ON partnership, one relationship per role; representing defaults to the post's organisation.
// description: Rows are [person_id, partnership_id, i]: $props[i] is the relationship's properties (each distinct map is sent
// description: once per batch).
// param: rows list | One list per input row, built by loader/plan.py
// param: props list | The batch's distinct property maps, built by loader/plan.py
UNWIND $rows AS row
MATCH (pe:Person {id: row[0]})
MATCH (p:Partnership {id: row[1]})
WITH pe, p, $props[row[2]] AS props
MERGE (pe)-[r:SITS_ON {role: props.role}]->(p)
SET r += props
