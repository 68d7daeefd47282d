// name: network_size
// title: Network size: how many shapes the filtered picture holds
// description: One row: how many active partnerships match the filters on as_of (kind, theme, area), how many organisations are active members of them (MEMBER_OF, any role, counted once; sector filter), and how many posts sit on them (active SITS_ON; sector filter on the post's employer).
// description: The network page reads it first and picks its picture from it: every shape up to the cap, posts folded into organisations above it, partnerships joined by shared members above that (see network_links).
// description: own_boards, own_subgroups and wider split partnerships: the region's own boards and its sub-groups (footprint inside the region on as_of, by level) and national, wider or neighbouring bodies, counted apart. links_total counts the active memberships and seats of those partnerships (what the picture rests on) and links_sourced those that are not illustrative.
// param: region str = null | Region id (empty: every region)
// param: as_of date = today | Date the landscape is viewed at
// param: kinds list = null | Partnership kinds to show (empty: all)
// param: themes list = null | Theme ids; a partnership shows if its remit has one (empty: all)
// param: sectors list = null | Organisation sectors to show (empty: all)
// param: area str = null | Area id; partnerships covering it, an area inside it or one containing it (empty: all)
// example: tirlun query run network_size --param region=ctm
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
// The region's own (footprint inside the region on as_of) by level, and wider bodies: counted apart.
WITH p, $region IS NULL OR all(a IN COLLECT { MATCH (p)-[:COVERS]->(x:Area) RETURN x } WHERE a.id = $region OR EXISTS {
       MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region})
       WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= $as_of)
                                             AND (link.until IS NULL OR link.until >= $as_of)) }) AS inside
WITH collect(p) AS ps, count(CASE WHEN inside AND p.level = 'board' THEN 1 END) AS own_boards,
     count(CASE WHEN inside AND p.level <> 'board' THEN 1 END) AS own_subgroups, count(CASE WHEN NOT inside THEN 1 END) AS wider
CALL (ps) {
  UNWIND ps AS p
  MATCH (m)-[r:MEMBER_OF|SITS_ON]->(p)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of)
  RETURN count(r) AS links_total, count(CASE WHEN r.illustrative = false THEN 1 END) AS links_sourced
}
RETURN size(ps) AS partnerships, own_boards, own_subgroups, wider, links_total, links_sourced,
       size(COLLECT {
         UNWIND ps AS p
         MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
         WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of)
           AND (size(coalesce($sectors, [])) = 0 OR o.sector IN $sectors)
         RETURN DISTINCT o }) AS organisations,
       size(COLLECT {
         UNWIND ps AS p
         MATCH (x:Person)-[s:SITS_ON]->(p)
         WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
           AND (size(coalesce($sectors, [])) = 0
                OR EXISTS { (x)-[:WORKS_FOR]->(o:Organisation) WHERE o.sector IN $sectors })
         RETURN DISTINCT x }) AS posts
