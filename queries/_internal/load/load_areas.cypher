// name: load_areas
// mode: write
// title: Load areas
// description: Areas by id; row.props holds every column.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Area {id: row.id})
SET n += row.props
