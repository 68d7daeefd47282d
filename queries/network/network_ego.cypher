// name: network_ego
// title: Network neighbourhood: one entity and everything one or two steps from it
// description: The shapes within radius steps (1 or 2) of one partnership, organisation or post in the filtered network picture (the same filters and links as network_nodes): member organisations and posts, sub-groups and parents, the partnerships an organisation or post belongs to, an organisation's posts and a post's employer.
// description: distance is 0 for the entity itself. Ranking: nearest first, then partnerships, organisations, posts, then by id. At most limit rows, each with total (shapes in the whole neighbourhood). Nothing is returned when the entity is not in the filtered picture.
// param: focus_type str = partnership | Kind of entity: one of partnership, organisation, person
// param: focus_id str | The entity's id
// param: radius int = 1 | Steps out: 1 or 2
// param: region str = null | Region id (empty: every region)
// param: as_of date = today | Date the landscape is viewed at
// param: kinds list = null | Partnership kinds to show (empty: all)
// param: themes list = null | Theme ids; a partnership shows if its remit has one (empty: all)
// param: sectors list = null | Organisation sectors to show (empty: all)
// param: area str = null | Area id; partnerships covering it, an area inside it or one containing it (empty: all)
// param: limit int = 100 | Most rows to return
// example: tirlun query run network_ego --param focus_type=organisation --param focus_id=rct --param radius=1
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= $as_of)
  AND (p.dissolved IS NULL OR p.dissolved > $as_of)
  AND (size(coalesce($kinds, [])) = 0 OR p.kind IN $kinds)
  AND (size(coalesce($themes, [])) = 0 OR EXISTS { (p)-[:HAS_THEME]->(t:Theme) WHERE t.id IN $themes })
  AND ($area IS NULL OR EXISTS {
        MATCH (p)-[:COVERS]->(a:Area)
        WHERE a.id = $area OR EXISTS { (a)-[:PART_OF*1..]->(:Area {id: $area}) }
           OR EXISTS { (:Area {id: $area})-[:PART_OF*1..]->(a) } })
WITH collect(p) AS ps, size(coalesce($sectors, [])) = 0 AS any_sector
CALL (ps, any_sector) {
  MATCH (c:Partnership {id: $focus_id}) WHERE $focus_type = 'partnership' AND c IN ps
  RETURN c
  UNION
  MATCH (c:Organisation {id: $focus_id})
  WHERE $focus_type = 'organisation' AND (any_sector OR c.sector IN $sectors)
    AND EXISTS { (c)-[r:MEMBER_OF]->(q:Partnership)
                 WHERE q IN ps AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of) }
  RETURN c
  UNION
  MATCH (c:Person {id: $focus_id})
  WHERE $focus_type = 'person'
    AND EXISTS { (c)-[s:SITS_ON]->(q:Partnership)
                 WHERE q IN ps AND (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of) }
    AND (any_sector OR EXISTS { (c)-[:WORKS_FOR]->(e:Organisation) WHERE e.sector IN $sectors })
  RETURN c
}
// One step out from a frontier; written twice below (Cypher has no functions), keep both the same.
WITH ps, any_sector, c, [c] AS frontier
WITH ps, any_sector, c, COLLECT {
  UNWIND frontier AS n
  MATCH (n:Partnership)<-[r:MEMBER_OF]-(nb:Organisation)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of) AND (any_sector OR nb.sector IN $sectors)
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Partnership)<-[s:SITS_ON]-(nb:Person)
  WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
    AND (any_sector OR EXISTS { (nb)-[:WORKS_FOR]->(e:Organisation) WHERE e.sector IN $sectors })
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Partnership)-[:SUBGROUP_OF]-(nb:Partnership) WHERE nb IN ps
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Organisation)-[r:MEMBER_OF]->(nb:Partnership)
  WHERE nb IN ps AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of)
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Organisation)<-[:WORKS_FOR]-(nb:Person)
  WHERE EXISTS { (nb)-[s:SITS_ON]->(q:Partnership)
                 WHERE q IN ps AND (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of) }
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Person)-[s:SITS_ON]->(nb:Partnership)
  WHERE nb IN ps AND (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Person)-[:WORKS_FOR]->(nb:Organisation)
  WHERE (any_sector OR nb.sector IN $sectors)
    AND EXISTS { (nb)-[r:MEMBER_OF]->(q:Partnership)
                 WHERE q IN ps AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of) }
  RETURN nb
} AS one
WITH ps, any_sector, c, one, CASE WHEN coalesce($radius, 1) >= 2 THEN one ELSE [] END AS frontier
WITH c, one, COLLECT {
  UNWIND frontier AS n
  MATCH (n:Partnership)<-[r:MEMBER_OF]-(nb:Organisation)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of) AND (any_sector OR nb.sector IN $sectors)
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Partnership)<-[s:SITS_ON]-(nb:Person)
  WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
    AND (any_sector OR EXISTS { (nb)-[:WORKS_FOR]->(e:Organisation) WHERE e.sector IN $sectors })
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Partnership)-[:SUBGROUP_OF]-(nb:Partnership) WHERE nb IN ps
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Organisation)-[r:MEMBER_OF]->(nb:Partnership)
  WHERE nb IN ps AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of)
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Organisation)<-[:WORKS_FOR]-(nb:Person)
  WHERE EXISTS { (nb)-[s:SITS_ON]->(q:Partnership)
                 WHERE q IN ps AND (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of) }
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Person)-[s:SITS_ON]->(nb:Partnership)
  WHERE nb IN ps AND (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
  RETURN nb
  UNION
  UNWIND frontier AS n
  MATCH (n:Person)-[:WORKS_FOR]->(nb:Organisation)
  WHERE (any_sector OR nb.sector IN $sectors)
    AND EXISTS { (nb)-[r:MEMBER_OF]->(q:Partnership)
                 WHERE q IN ps AND (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of) }
  RETURN nb
} AS reach
WITH [{n: c, d: 0}] + [n IN one | {n: n, d: 1}] + [n IN reach WHERE n <> c AND NOT n IN one | {n: n, d: 2}] AS ball
UNWIND ball AS b
WITH b.n AS n, b.d AS distance, size(ball) AS total,
     CASE WHEN b.n:Partnership THEN 0 WHEN b.n:Organisation THEN 1 ELSE 2 END AS rank
ORDER BY distance, rank, n.id
LIMIT coalesce($limit, 100)
RETURN CASE rank WHEN 0 THEN 'partnership' WHEN 1 THEN 'organisation' ELSE 'person' END AS type,
       n.id AS id, distance, total
