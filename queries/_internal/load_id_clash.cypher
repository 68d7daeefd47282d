// name: load_id_clash
// title: Input ids another region already uses
// description: Partnerships, posts, meetings, datasets and assessments in the input whose id already belongs to a node of
// description: another region. A load batch by batch could not undo what it changed on them, so it is refused.
// param: region str | Region loaded
// param: ids list | Ids of the input's region-scoped rows
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Partnership {id: id}) RETURN n
  UNION
  MATCH (n:Person {id: id}) RETURN n
  UNION
  MATCH (n:Meeting {id: id}) RETURN n
  UNION
  MATCH (n:Dataset {id: id}) RETURN n
  UNION
  MATCH (n:Assessment {id: id}) RETURN n
}
WITH n WHERE n.region <> $region OR n.region IS NULL
RETURN labels(n)[0] AS label, n.id AS id, n.region AS region
ORDER BY label, id
LIMIT 100
