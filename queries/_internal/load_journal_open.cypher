// name: load_journal_open
// title: Loads not yet settled
// description: Loads still marked running (or an emptying not finished), and committed loads nobody was told about (their process stopped between the
// description: commit and its report): what recovery looks at.
MATCH (j:LoadRecord)
WHERE j.status IN ['running', 'emptying'] OR (j.status = 'committed' AND NOT j.reported)
RETURN properties(j) AS record, duration.inSeconds(j.heartbeat, datetime()).seconds AS quiet_seconds
ORDER BY j.started
