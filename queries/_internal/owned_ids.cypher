// name: owned_ids
// title: The nodes one owner holds
// description: Every node an owner's load brought (partnerships, posts, meetings, datasets, assessments, its own
// description: organisations; for the reference, its areas, themes, legislation, bodies and national partnerships),
// description: so a load can list as removals the ones its file no longer has.
// param: owner str | A region id, or 'wales'
MATCH (n)
WHERE n.owner = $owner
  AND (n:Area OR n:Theme OR n:Legislation OR n:Organisation OR n:Partnership OR n:Person OR n:Meeting OR n:Dataset
       OR n:Assessment)
RETURN labels(n)[0] AS label, n.id AS id
ORDER BY label, id
