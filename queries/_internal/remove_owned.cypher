// name: remove_owned
// mode: write
// title: Remove what an owner no longer lists
// description: The first statements of a load (in its one transaction): the owner's nodes its file no longer has go,
// description: with everything they hold (a removed meeting takes its attendance with it).
// param: owner str | The owner loading
// param: refs list | Maps {label, id} of the nodes to remove
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
DETACH DELETE n
