// name: snapshot_reference
// title: Shared reference nodes that exist
// description: Which of the areas, themes, legislation, organisations and criteria a load batch by batch will merge exist
// description: already (load_journal_begin copies these into the journal) and which the load will create.
// param: refs list | Reference rows of the input as maps {label, id}
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
  MATCH (n:Criterion {id: ref.id}) WHERE ref.label = 'Criterion' RETURN n
}
RETURN ref.label AS label, ref.id AS id
