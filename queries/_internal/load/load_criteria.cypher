// name: load_criteria
// mode: write
// title: Load assessment criteria
// description: The fixed self-assessment criteria (from loader.models.Criterion).
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Criterion {id: row.id})
SET n += row.props
