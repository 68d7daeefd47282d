// name: snapshot_reference
// title: Snapshot shared reference nodes
// description: Properties and outgoing PART_OF / SERVES links of the areas, themes, legislation, organisations and criteria a multi-transaction load is about to merge, so a failed load can put them back.
// param: ids list | Ids of the reference rows in the input
MATCH (n)
WHERE (n:Area OR n:Theme OR n:Legislation OR n:Organisation OR n:Criterion) AND n.id IN $ids
OPTIONAL MATCH (n)-[r:PART_OF|SERVES]->(t)
RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS props,
       collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), target: t.id, props: properties(r)} END) AS links
