// name: load_partnerships
// mode: write
// title: Load partnerships
// description: Partnership nodes by id (their links come in link_partnerships, once all exist).
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Partnership {id: row.id})
SET n += row.props
