// name: clear_held
// mode: write
// title: Clear what an owner's rows hold, before they are written again
// description: In the load's transaction, before its rows are written: the memberships of the owner's partnerships
// description: (and, for a region, of its own organisations in other owners' partnerships: a council's memberships of
// description: a region's boards are the region's, so the reference never clears them),
// description: the seats of its posts, the attendance of its meetings, the flows of its datasets, the former names of
// description: its organisations and the places in area hierarchies it recorded. The file then writes back the ones it
// description: still has, so a row deleted from the file is gone once the load commits.
// param: owner str | The owner loading
// param: partnerships list | Ids of the owner's partnerships in the file
// param: people list | Ids of the owner's posts in the file
// param: meetings list | Ids of the owner's meetings in the file
// param: datasets list | Ids of the owner's datasets in the file
// param: organisations list | Ids of the owner's organisations in the file
CALL () {
  UNWIND $partnerships AS id
  MATCH (:Organisation)-[r:MEMBER_OF]->(:Partnership {id: id})
  DELETE r
}
CALL () {
  UNWIND $organisations AS id
  MATCH (:Organisation {id: id})-[r:MEMBER_OF]->(p:Partnership)
  WHERE $owner <> 'wales' AND coalesce(p.owner, p.region) <> $owner
  DELETE r
}
CALL () {
  UNWIND $people AS id
  MATCH (:Person {id: id})-[r:SITS_ON]->(:Partnership)
  DELETE r
}
CALL () {
  UNWIND $meetings AS id
  MATCH (:Person)-[r:ATTENDED]->(:Meeting {id: id})
  DELETE r
}
CALL () {
  UNWIND $datasets AS id
  MATCH (:Dataset {id: id})-[r:FLOWS_TO]->()
  DELETE r
}
CALL () {
  UNWIND $organisations AS id
  MATCH (:Organisation {id: id})-[r:WAS_NAMED]->(x:OrganisationName)
  DETACH DELETE x
}
CALL () {
  MATCH (:Area)-[r:PART_OF]->(:Area)
  WHERE r.owner = $owner
  DELETE r
}
