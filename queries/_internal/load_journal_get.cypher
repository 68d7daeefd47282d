// name: load_journal_get
// title: One load's journal
// description: The LoadRecord of one load (status 'running', 'committed' or 'rolled_back').
// param: id str | The load's id
MATCH (j:LoadRecord {id: $id})
RETURN properties(j) AS record
