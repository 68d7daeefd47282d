// name: load_journal_undo
// mode: write
// title: Undo an unfinished load batch by batch
// description: Run as a script (each statement commits on its own, so a large region is removed in bounded
// description: transactions; every step can run again after a crash). Deletes the region's nodes (the region was empty
// description: before the load and no id clashed with another region, so they are all the load's), then reference nodes
// description: the load created and the former names (OrganisationName) of organisations no longer there, then puts back each snapshotted reference node's properties and PART_OF / SERVES links.
// param: id str | The load's id
// param: region str | The region that was being loaded
MATCH (n:Partnership) WHERE n.region = $region
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (n:Person) WHERE n.region = $region
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (n:Meeting) WHERE n.region = $region
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (n:Dataset) WHERE n.region = $region
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (n:Assessment) WHERE n.region = $region
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (j:LoadRecord {id: $id})
UNWIND j.created AS key
WITH split(key, ':')[0] AS label, substring(key, size(split(key, ':')[0]) + 1) AS id
CALL (label, id) {
  MATCH (n:Area {id: id}) WHERE label = 'Area' RETURN n
  UNION
  MATCH (n:Theme {id: id}) WHERE label = 'Theme' RETURN n
  UNION
  MATCH (n:Legislation {id: id}) WHERE label = 'Legislation' RETURN n
  UNION
  MATCH (n:Organisation {id: id}) WHERE label = 'Organisation' RETURN n
  UNION
  MATCH (n:Criterion {id: id}) WHERE label = 'Criterion' RETURN n
}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (n:OrganisationName) WHERE NOT EXISTS { MATCH (:Organisation {id: n.organisation_id}) }
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS;
MATCH (s:LoadSnapshot) WHERE s._load = $id
CALL (s) {
  CALL (s) {
    MATCH (n:Area {id: s._id}) WHERE s._label = 'Area' RETURN n
    UNION
    MATCH (n:Theme {id: s._id}) WHERE s._label = 'Theme' RETURN n
    UNION
    MATCH (n:Legislation {id: s._id}) WHERE s._label = 'Legislation' RETURN n
    UNION
    MATCH (n:Organisation {id: s._id}) WHERE s._label = 'Organisation' RETURN n
    UNION
    MATCH (n:Criterion {id: s._id}) WHERE s._label = 'Criterion' RETURN n
  }
  SET n = properties(s)
  REMOVE n._load, n._label, n._id
  WITH n, s
  CALL (n) { MATCH (n)-[old:PART_OF|SERVES]->() DELETE old }
  CALL (n, s) {
    MATCH (l:LoadSnapshotLink) WHERE l._load = s._load AND l._label = s._label AND l._from = s._id
    MATCH (t:Area {id: l._to})
    CALL (n, t, l) {
      WITH n, t, l WHERE l._type = 'PART_OF'
      CREATE (n)-[r:PART_OF]->(t) SET r = properties(l)
      REMOVE r._load, r._label, r._from, r._type, r._to
    }
    CALL (n, t, l) {
      WITH n, t, l WHERE l._type = 'SERVES'
      CREATE (n)-[r:SERVES]->(t) SET r = properties(l)
      REMOVE r._load, r._label, r._from, r._type, r._to
    }
  }
} IN TRANSACTIONS OF 500 ROWS
