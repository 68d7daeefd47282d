// name: load_people
// mode: write
// title: Load people (posts)
// description: Posts by pseudonymous id and the organisation each belongs to (WORKS_FOR).
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n += row.props
WITH n, row
CALL (n) { MATCH (n)-[old:WORKS_FOR]->() DELETE old }
MATCH (o:Organisation {id: row.organisation_id})
MERGE (n)-[r:WORKS_FOR]->(o)
SET r += row.prov
