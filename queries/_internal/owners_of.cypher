// name: owners_of
// title: Who owns these nodes
// description: The owner (a region id, or 'wales' for the shared reference) of each node a file names, so a load knows
// description: which rows are its own to write, which repeat another owner's and which would clash.
// param: refs list | Maps {label, id}
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
RETURN ref.label AS label, n.id AS id, coalesce(n.owner, n.region, 'wales') AS owner
