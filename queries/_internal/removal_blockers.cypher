// name: removal_blockers
// title: What another owner holds on nodes a load would remove
// description: A load removes the nodes its owner no longer lists; one that another owner's rows still point to (a
// description: membership of another region's board, a post of another region, a partnership covering an area) is
// description: refused, before anything is written, naming what holds it.
// param: owner str | The owner loading
// param: refs list | Maps {label, id} of the nodes it would remove
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Area {id: ref.id}) WHERE ref.label = 'Area' RETURN n
  UNION
  MATCH (n:Theme {id: ref.id}) WHERE ref.label = 'Theme' RETURN n
  UNION
  MATCH (n:Legislation {id: ref.id}) WHERE ref.label = 'Legislation' RETURN n
  UNION
  MATCH (n:Organisation {id: ref.id}) WHERE ref.label = 'Organisation' RETURN n
  UNION
  MATCH (n:Partnership {id: ref.id}) WHERE ref.label = 'Partnership' RETURN n
  UNION
  MATCH (n:Person {id: ref.id}) WHERE ref.label = 'Person' RETURN n
  UNION
  MATCH (n:Meeting {id: ref.id}) WHERE ref.label = 'Meeting' RETURN n
  UNION
  MATCH (n:Dataset {id: ref.id}) WHERE ref.label = 'Dataset' RETURN n
  UNION
  MATCH (n:Assessment {id: ref.id}) WHERE ref.label = 'Assessment' RETURN n
}
WITH ref, n WHERE n.owner = $owner
MATCH (n)-[r]-(m)
WHERE coalesce(m.owner, m.region, 'wales') <> $owner AND NOT (m:Area OR m:Theme OR m:Legislation OR m:Criterion)
  AND NOT (type(r) IN ['WORKS_FOR', 'HELD_BY', 'SERVES'] AND startNode(r) = n)
RETURN ref.label AS label, ref.id AS id, type(r) AS link, labels(m)[0] AS other_label, m.id AS other_id,
       coalesce(m.owner, m.region, 'wales') AS other_owner
ORDER BY label, id
LIMIT 50
