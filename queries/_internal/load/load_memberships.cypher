// name: load_memberships
// mode: write
// title: Load memberships
// description: Organisation MEMBER_OF partnership, one relationship per role.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation_id})
MATCH (p:Partnership {id: row.partnership_id})
MERGE (o)-[r:MEMBER_OF {role: row.props.role}]->(p)
SET r += row.props
