// name: load_memberships
// mode: write
// title: Load memberships
// description: Organisation MEMBER_OF partnership, one relationship per role.
// description: Rows are [organisation_id, partnership_id, i]: $props[i] is the relationship's properties (each distinct map
// description: is sent once per batch).
// param: rows list | One list per input row, built by loader/plan.py
// param: props list | The batch's distinct property maps, built by loader/plan.py
UNWIND $rows AS row
MATCH (o:Organisation {id: row[0]})
MATCH (p:Partnership {id: row[1]})
WITH o, p, $props[row[2]] AS props
MERGE (o)-[r:MEMBER_OF {role: props.role}]->(p)
SET r += props
