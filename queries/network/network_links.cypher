// name: network_links
// title: Network aggregate: partnerships linked by the members they share
// description: The picture drawn when the filtered network has more shapes than the page may draw: pairs of the given partnerships, each pair once (a < b), linked by the members they share on as_of.
// description: Rule: weight = shared organisations (active MEMBER_OF, any role, counted once) + shared posts (active SITS_ON), i.e. the shapes the full picture would draw between the two; the sector filter applies to organisations and to posts' employers. Pairs sharing nobody are not listed.
// description: Ranking: heaviest first, ties by ids. At most limit pairs, each with total (pairs in the full answer), so only the strongest lines are drawn.
// param: ids list = null | Partnership ids to pair (the ones on screen; empty: none)
// param: as_of date = today | Date the landscape is viewed at
// param: sectors list = null | Organisation sectors that count (empty: all)
// param: limit int = 300 | Most pairs to return
// example: tirlun query run network_links --param ids=ctm-rpb,ctm-psb --param limit=10
UNWIND coalesce($ids, []) AS pid
MATCH (p:Partnership {id: pid})
WITH collect(DISTINCT p) AS ps, size(coalesce($sectors, [])) = 0 AS any_sector
CALL (ps, any_sector) {
  UNWIND ps AS p
  MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of)
    AND (any_sector OR o.sector IN $sectors)
  WITH o, collect(DISTINCT p.id) AS pids
  WHERE size(pids) > 1
  UNWIND pids AS a
  UNWIND pids AS b
  WITH a, b WHERE a < b
  RETURN a, b, 1 AS organisation, 0 AS post
  UNION ALL
  UNWIND ps AS p
  MATCH (x:Person)-[s:SITS_ON]->(p)
  WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
    AND (any_sector OR EXISTS { (x)-[:WORKS_FOR]->(e:Organisation) WHERE e.sector IN $sectors })
  WITH x, collect(DISTINCT p.id) AS pids
  WHERE size(pids) > 1
  UNWIND pids AS a
  UNWIND pids AS b
  WITH a, b WHERE a < b
  RETURN a, b, 0 AS organisation, 1 AS post
}
WITH a, b, sum(organisation) AS organisations, sum(post) AS posts
WITH a, b, organisations, posts, organisations + posts AS weight
ORDER BY weight DESC, a, b
WITH collect({a: a, b: b, organisations: organisations, posts: posts, weight: weight}) AS pairs
UNWIND pairs[0..coalesce($limit, 300)] AS r
RETURN r.a AS a, r.b AS b, r.organisations AS organisations, r.posts AS posts, r.weight AS weight, size(pairs) AS total
