// name: load_lock_holder
// title: Who holds the load lock
// description: The one LoadLock node (unique id 'load') and the load that holds it: what "another load is running" names.
OPTIONAL MATCH (l:LoadLock {id: 'load'})
OPTIONAL MATCH (j:LoadRecord {id: l.load})
RETURN l.load AS load_id, properties(j) AS record
