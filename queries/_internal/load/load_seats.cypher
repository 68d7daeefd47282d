// name: load_seats
// mode: write
// title: Load seats
// description: Person SITS_ON partnership, one relationship per role; representing defaults to the post's organisation.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (pe:Person {id: row.person_id})
MATCH (p:Partnership {id: row.partnership_id})
MERGE (pe)-[r:SITS_ON {role: row.props.role}]->(p)
SET r += row.props
