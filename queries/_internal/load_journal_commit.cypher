// name: load_journal_commit
// mode: write
// title: Mark a load committed
// description: The commit marker. A load in one transaction writes it inside that transaction, so it exists exactly when
// description: the load's rows do; a load batch by batch writes it after its last batch.
// description: It raises the graph version in the same transaction, so readers see the new data and the new version together.
// param: id str | The load's id
// param: warnings list | What the load reported (sourced facts replaced by illustrative rows)
MATCH (j:LoadRecord {id: $id})
SET j.status = 'committed', j.finished = datetime(), j.warnings = $warnings
WITH j
MERGE (g:GraphVersion {id: 'graph'})
ON CREATE SET g.epoch = randomUUID(), g.version = 0
SET g.version = g.version + 1, g.changed = datetime(), g.reason = 'load ' + j.region_id
