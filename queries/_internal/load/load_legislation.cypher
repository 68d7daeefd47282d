// name: load_legislation
// mode: write
// title: Load legislation
// description: Legislation by id, with the organisation types it requires as statutory members.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MERGE (n:Legislation {id: row.id})
SET n += row.props
