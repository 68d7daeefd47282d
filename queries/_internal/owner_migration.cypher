// name: owner_migration
// mode: write
// title: Give every node of an older graph its owner
// description: Graphs loaded before owners existed: a region's rows belong to their region, everything else to the shared
// description: reference ('wales'). Safe to run again: nodes that have an owner are left alone.
MATCH (n)
WHERE n.owner IS NULL AND (n:Area OR n:Theme OR n:Legislation OR n:Organisation OR n:Partnership OR n:Person
      OR n:Meeting OR n:Dataset OR n:Assessment OR n:Criterion)
CALL (n) { SET n.owner = coalesce(n.region, 'wales') } IN TRANSACTIONS OF 10000 ROWS
