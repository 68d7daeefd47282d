// name: restore_reference
// mode: write
// title: Undo a failed multi-transaction load
// description: Deletes the region's nodes (the region was empty before the load), deletes reference nodes the load created, and puts back the properties and links of reference nodes that existed before.
// param: region str | The region that was being loaded
// param: created list | Ids of reference nodes that did not exist before the load
// param: existing list | Snapshot rows from snapshot_reference
CALL () {
  MATCH (n) WHERE n.region = $region AND (n:Partnership OR n:Person OR n:Meeting OR n:Dataset OR n:Assessment)
  DETACH DELETE n
}
CALL () {
  MATCH (n) WHERE (n:Area OR n:Theme OR n:Legislation OR n:Organisation OR n:Criterion) AND n.id IN $created
  DETACH DELETE n
}
CALL () {
  UNWIND $existing AS snap
  MATCH (n {id: snap.id}) WHERE snap.label IN labels(n)
  SET n = snap.props
  WITH n, snap
  CALL (n) { MATCH (n)-[old:PART_OF|SERVES]->() DELETE old }
  UNWIND snap.links AS link
  MATCH (t {id: link.target}) WHERE (link.type = 'PART_OF' AND t:Area) OR (link.type = 'SERVES' AND t:Area)
  CALL (n, t, link) {
    WITH n, t, link WHERE link.type = 'PART_OF'
    CREATE (n)-[r:PART_OF]->(t) SET r = link.props
  }
  CALL (n, t, link) {
    WITH n, t, link WHERE link.type = 'SERVES'
    CREATE (n)-[r:SERVES]->(t) SET r = link.props
  }
}
