// name: overlap_members
// title: Members of each partnership, for counting shared members
// description: One row per partnership that partnership_overlap compares (active on as_of, with the same region, scope and level filters), in id order: members, the ids of its active members of the kind members says (organisations with an active MEMBER_OF, people with an active SITS_ON, or remit themes), and above, the partnerships it is a sub-group of at any depth up to 10 (SUBGROUP_OF), which partnership_overlap leaves out of the pairs unless family is true.
// description: Linear in the landscape: tirlun/answers/pairs.py counts the shared members of every pair from these rows with a sparse matrix product, block by block, keeping only the top pairs and the total, so no list of every pair is ever formed (in Neo4j or in Python). Partnerships with no active members are left out, as partnership_overlap leaves them out.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: members str = organisations | What counts as a member: one of organisations, people, themes
// param: level str = null | Only partnerships at this level: board, subgroup or task_and_finish (null: every level)
// param: scope str = regional | regional (only partnerships inside the region) or all (national and wider bodies too)
WITH coalesce($as_of, date()) AS as_of,
     coalesce($members, 'organisations') AS members,
     coalesce($scope, 'regional') AS scope
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND ($level IS NULL OR p.level = $level)
  AND ($region IS NULL OR scope = 'all' OR NOT EXISTS {
        MATCH (p)-[:COVERS]->(a:Area)
        WHERE NOT (a.id = $region OR EXISTS { MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region}) WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= as_of) AND (link.until IS NULL OR link.until >= as_of)) }) })
CALL (p, as_of, members) {
  MATCH (m)-[r:MEMBER_OF|SITS_ON]->(p)
  WHERE members <> 'themes'
    AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
    AND ((members = 'organisations' AND m:Organisation) OR (members = 'people' AND m:Person))
  RETURN m
  UNION
  MATCH (p)-[:HAS_THEME]->(m:Theme)
  WHERE members = 'themes'
  RETURN m
}
WITH p, collect(DISTINCT m.id) AS ms
WHERE size(ms) > 0
RETURN p.id AS id, ms AS members,
       COLLECT { MATCH (p)-[:SUBGROUP_OF*1..10]->(b:Partnership) RETURN DISTINCT b.id } AS above
ORDER BY id
