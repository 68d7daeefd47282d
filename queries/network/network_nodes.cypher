// name: network_nodes
// title: Network shapes: the partnerships, organisations and posts to draw, ranked and cut on the server
// description: The shapes of the network picture: active partnerships matching the filters (kind, theme, area), organisations that are active members of them (sector filter) and posts with an active seat on them (sector filter on the employer), as in network_size.
// description: degree = links to the other side of the picture: for a partnership, its member organisations and posts; for an organisation or a post, the partnerships it belongs to. links = the partnership ids it is linked to (a partnership: the ones it is a sub-group of); seat_links (organisations) = partnerships its posts sit on; posts (organisations) = its posts in the picture; hours = meeting hours in the year to as_of (an organisation's are its posts' attended hours, apologies excluded).
// description: types, keys (like p:ID, o:ID, x:ID) and text (part of a name, short name or job title, any case) narrow the list. Ranking rule: order = kind puts partnerships first, then organisations, then posts, each widest degree first; order = degree ranks by degree alone. Ties by id. At most limit rows, each with total (rows in the full answer).
// description: short_name_cy is a partnership's or organisation's Welsh abbreviation (none: Welsh pages show its Welsh name); for a post, its employer's Welsh abbreviation, else the employer's Welsh name.
// param: region str = null | Region id (empty: every region)
// param: as_of date = today | Date the landscape is viewed at
// param: kinds list = null | Partnership kinds to show (empty: all)
// param: themes list = null | Theme ids; a partnership shows if its remit has one (empty: all)
// param: sectors list = null | Organisation sectors to show (empty: all)
// param: area str = null | Area id; partnerships covering it, an area inside it or one containing it (empty: all)
// param: types list = null | Which shapes: partnership, organisation, person (empty: all)
// param: keys list = null | Only these shapes, as p:ID, o:ID or x:ID (empty: all)
// param: text str = null | Part of a name, short name or job title, any case (empty: all)
// param: order str = kind | Ranking: one of kind, degree
// param: hours bool = true | Add meeting hours (false: 0.0, quicker)
// param: limit int = 100 | Most rows to return
// example: tirlun query run network_nodes --param region=ctm --param types=partnership --param limit=10
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
WITH collect(p) AS ps, toLower(coalesce($text, '')) AS needle,
     size(coalesce($sectors, [])) = 0 AS any_sector, size(coalesce($types, [])) = 0 AS any_type
CALL (ps, needle, any_sector, any_type) {
  // Each partnership's counts in a subquery of its own: an aggregation grouped by a row that still carries ps (every
  // partnership) holds that list once per group, which at ten times today's Wales outgrew transaction memory.
  UNWIND ps AS p
  WITH ps, p, any_sector WHERE (any_type OR 'partnership' IN $types) AND ($keys IS NULL OR 'p:' + p.id IN $keys)
    AND (needle = '' OR toLower(coalesce(p.name_en, '')) CONTAINS needle OR toLower(coalesce(p.name_cy, '')) CONTAINS needle
         OR toLower(coalesce(p.short_name, '')) CONTAINS needle)
  CALL (p, any_sector) {
    OPTIONAL MATCH (p)<-[r:MEMBER_OF]-(o:Organisation)
    WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of) AND (any_sector OR o.sector IN $sectors)
    RETURN count(DISTINCT o) AS organisations
  }
  CALL (p, any_sector) {
    OPTIONAL MATCH (p)<-[s:SITS_ON]-(x:Person)
    WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
      AND (any_sector OR EXISTS { (x)-[:WORKS_FOR]->(e:Organisation) WHERE e.sector IN $sectors })
    RETURN count(DISTINCT x) AS posts
  }
  CALL (p, ps) {
    OPTIONAL MATCH (p)-[:SUBGROUP_OF]->(q:Partnership) WHERE q IN ps
    RETURN collect(DISTINCT q.id) AS links
  }
  RETURN 0 AS rank, 'partnership' AS type, p AS n, null AS org, links, organisations + posts AS degree
  UNION ALL
  UNWIND ps AS p
  WITH p WHERE any_type OR 'organisation' IN $types
  MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= $as_of)
    AND (any_sector OR o.sector IN $sectors)
  WITH o, collect(DISTINCT p.id) AS links
  WHERE ($keys IS NULL OR 'o:' + o.id IN $keys)
    AND (needle = '' OR toLower(coalesce(o.name_en, '')) CONTAINS needle OR toLower(coalesce(o.name_cy, '')) CONTAINS needle
         OR toLower(coalesce(o.short_name, '')) CONTAINS needle)
  RETURN 1 AS rank, 'organisation' AS type, o AS n, null AS org, links, size(links) AS degree
  UNION ALL
  UNWIND ps AS p
  WITH p WHERE any_type OR 'person' IN $types
  MATCH (x:Person)-[s:SITS_ON]->(p)
  WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
  WITH x, collect(DISTINCT p.id) AS links
  WHERE ($keys IS NULL OR 'x:' + x.id IN $keys)
    AND (needle = '' OR toLower(coalesce(x.job_title_en, x.id)) CONTAINS needle
         OR toLower(coalesce(x.job_title_cy, '')) CONTAINS needle)
  OPTIONAL MATCH (x)-[:WORKS_FOR]->(e:Organisation)
  WITH x, links, e ORDER BY e.id
  WITH x, links, any_sector, collect(e) AS all_employers
  WITH x, links, CASE WHEN any_sector THEN all_employers
                      ELSE [o IN all_employers WHERE o.sector IN $sectors] END AS employers, any_sector
  WHERE any_sector OR size(employers) > 0
  RETURN 2 AS rank, 'person' AS type, x AS n, head(employers) AS org, links, size(links) AS degree
}
WITH ps, rank, type, n, org, links, degree
ORDER BY CASE WHEN $order = 'degree' THEN 0 ELSE rank END, degree DESC, n.id
WITH ps, collect({rank: rank, type: type, n: n, org: org, links: links, degree: degree}) AS everything
WITH ps, everything[0..coalesce($limit, 100)] AS top, size(everything) AS total,
     localdatetime({date: $as_of - duration('P1Y')}) AS t0,
     localdatetime({date: $as_of + duration('P1D')}) AS t1
UNWIND top AS r
WITH ps, r, total, t0, t1, r.n AS n, coalesce($hours, true) AS with_hours
// Hours and folded posts, each an aggregation over all the top rows at once (grouped by row),
// anchored on the row's node; a row of another kind matches nothing and gets 0. The year test sits
// inside the sum, so the planner walks out from the row's node instead of seeking every meeting of
// the year by date for each row (which it did at scale 1: half a million index hits per row).
OPTIONAL MATCH (n)<-[:MEETING_OF]-(m:Meeting)
WHERE with_hours AND r.type = 'partnership'
WITH ps, r, total, t0, t1, n, with_hours,
     sum(CASE WHEN t0 <= m.start < t1 THEN m.duration_hours ELSE 0.0 END) AS partnership_hours
OPTIONAL MATCH (n)<-[:WORKS_FOR]-(:Person)-[a:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(mp:Partnership)
WHERE with_hours AND r.type = 'organisation' AND coalesce(a.as, 'attended') <> 'apologies' AND mp IN ps
WITH ps, r, total, t0, t1, n, with_hours, partnership_hours,
     sum(CASE WHEN t0 <= m.start < t1 THEN m.duration_hours ELSE 0.0 END) AS organisation_hours
OPTIONAL MATCH (n)-[a:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(mp:Partnership)
WHERE with_hours AND r.type = 'person' AND coalesce(a.as, 'attended') <> 'apologies' AND mp IN ps
WITH ps, r, total, n, partnership_hours, organisation_hours,
     sum(CASE WHEN t0 <= m.start < t1 THEN m.duration_hours ELSE 0.0 END) AS person_hours
WITH ps, r, total, n, partnership_hours + organisation_hours + person_hours AS hours
OPTIONAL MATCH (n)<-[:WORKS_FOR]-(x:Person)-[s:SITS_ON]->(q:Partnership)
WHERE r.type = 'organisation' AND (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until >= $as_of)
  AND q IN ps
WITH r, total, n, hours, q, x ORDER BY q.id
WITH r, total, n, hours, collect(DISTINCT q.id) AS seat_links, count(DISTINCT x) AS posts
RETURN r.type AS type, n.id AS id,
       CASE r.type WHEN 'person' THEN coalesce(n.job_title_en, n.id) ELSE n.name_en END AS name_en,
       CASE r.type WHEN 'person' THEN n.job_title_cy ELSE n.name_cy END AS name_cy,
       CASE r.type WHEN 'person' THEN r.org.short_name ELSE n.short_name END AS short_name,
       CASE r.type WHEN 'person' THEN coalesce(r.org.short_name_cy, r.org.name_cy, r.org.name_en)
         ELSE n.short_name_cy END AS short_name_cy,
       CASE r.type WHEN 'person' THEN n.display_name ELSE null END AS display_name,
       CASE r.type WHEN 'partnership' THEN n.kind ELSE coalesce(r.org.sector, n.sector) END AS grp,
       CASE r.type WHEN 'partnership' THEN n.level ELSE null END AS level,
       r.org.id AS organisation_id, r.links AS links, r.degree AS degree, seat_links, posts, hours, total
ORDER BY CASE WHEN $order = 'degree' THEN 0 ELSE r.rank END, degree DESC, id
