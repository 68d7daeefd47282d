// name: app_partnership_choices
// title: Partnerships to choose from
// description: Partnerships active on as_of in a region, largest first (active member organisations), at most limit of them, each row with total, the number of active partnerships. With scope = regional only those whose whole footprint lies inside the region (as partnership_overlap).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id; null means all regions
// param: scope str = all | regional (only partnerships inside the region) or all
// param: limit int = 300 | Most partnerships returned (null: all)
WITH coalesce($as_of, date()) AS as_of, coalesce($scope, 'all') AS scope
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND ($region IS NULL OR scope = 'all' OR NOT EXISTS {
        MATCH (p)-[:COVERS]->(a:Area)
        WHERE NOT (a.id = $region OR EXISTS { MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region}) WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= as_of) AND (link.until IS NULL OR link.until >= as_of)) }) })
WITH p, COUNT { MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
                WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
                RETURN DISTINCT o } AS members
ORDER BY members DESC, p.id
WITH collect({p: p, members: members}) AS chosen
WITH chosen, size(chosen) AS total
UNWIND CASE WHEN $limit IS NULL THEN chosen ELSE chosen[0..$limit] END AS row
WITH row.p AS p, row.members AS members, total
RETURN p.id AS id, p.name_en AS name_en, p.name_cy AS name_cy, p.short_name AS short_name, p.short_name_cy AS short_name_cy, p.level AS level,
       members, total
