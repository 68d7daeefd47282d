// name: load_themes
// mode: write
// title: Load themes
// description: Themes by id.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Theme {id: row.id})
SET n += row.props
