// name: load_assessments
// mode: write
// title: Load self-assessment scores
// description: One Assessment node per assessment id (ASSESSES its partnership), one SCORED relationship per criterion.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (p:Partnership {id: row.partnership_id})
MATCH (c:Criterion {id: row.criterion})
MERGE (a:Assessment {id: row.assessment_id})
SET a += row.node_props
MERGE (a)-[ar:ASSESSES]->(p)
SET ar += row.prov
MERGE (a)-[s:SCORED]->(c)
SET s += row.props
