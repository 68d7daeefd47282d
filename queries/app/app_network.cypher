// name: app_network
// title: Network of partnerships, organisations and posts
// title_cy: Rhwydwaith partneriaethau, sefydliadau a swyddi
// description: Active partnerships of a region (filtered by kind, theme and area), their member organisations and the posts
// description: sitting on them (filtered by sector), with meeting hours in the year to the date and the links between them.
// description: Unbounded (every shape of the region with its links): the network page no longer reads it; it asks network_size, network_nodes, network_links and network_ego, each cut on the server. Kept for tirlun pack and the bench until they use tirlun.answers.network.
// description_cy: Partneriaethau gweithredol rhanbarth (wedi'u hidlo yn ôl math, thema ac ardal), eu sefydliadau sy'n aelodau
// description_cy: a'r swyddi sy'n eistedd arnynt (wedi'u hidlo yn ôl sector), gydag oriau cyfarfod yn y flwyddyn hyd at y dyddiad.
// description_cy: Heb derfyn (pob siâp yn y rhanbarth a'i gysylltiadau): nid yw tudalen y rhwydwaith yn ei darllen mwyach; mae'n gofyn i network_size, network_nodes, network_links a network_ego, pob un wedi'i dorri ar y gweinydd. Fe'i cedwir ar gyfer tirlun pack a'r meincnod nes eu bod yn defnyddio tirlun.answers.network.
// param: region str = null | Region id (empty: every region)
// param: as_of date = today | Date the landscape is viewed at
// param: kinds list = null | Partnership kinds to show (empty: all)
// param: themes list = null | Theme ids; a partnership shows if its remit has one (empty: all)
// param: sectors list = null | Organisation sectors to show (empty: all)
// param: area str = null | Area id; partnerships covering it, an area inside it or one containing it (empty: all)
// example: tirlun query run app_network --param region=ctm --param kinds=psb,rpb
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
WITH collect(p) AS ps,
     localdatetime({date: $as_of - duration('P1Y')}) AS t0,
     localdatetime({date: $as_of + duration('P1D')}) AS t1
CALL (ps, t0, t1) {
  UNWIND ps AS p
  OPTIONAL MATCH (p)-[:SUBGROUP_OF]->(parent:Partnership) WHERE parent IN ps
  WITH p, collect(DISTINCT parent.id) AS links, t0, t1
  OPTIONAL MATCH (m:Meeting)-[:MEETING_OF]->(p) WHERE t0 <= m.start < t1
  RETURN 'partnership' AS type, p.id AS id, p.name_en AS name_en, p.name_cy AS name_cy, p.short_name AS short_name,
         p.kind AS grp, p.level AS level, null AS organisation_id, links,
         coalesce(sum(m.duration_hours), 0.0) AS hours
  UNION ALL
  UNWIND ps AS p
  MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until > $as_of)
    AND (size(coalesce($sectors, [])) = 0 OR o.sector IN $sectors)
  WITH o, collect(DISTINCT p.id) AS links, t0, t1, ps
  OPTIONAL MATCH (o)<-[:WORKS_FOR]-(:Person)-[a:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(mp:Partnership)
  WHERE mp IN ps AND t0 <= m.start < t1 AND coalesce(a.as, 'attended') <> 'apologies'
  RETURN 'organisation' AS type, o.id AS id, o.name_en AS name_en, o.name_cy AS name_cy, o.short_name AS short_name,
         o.sector AS grp, null AS level, null AS organisation_id, links,
         coalesce(sum(m.duration_hours), 0.0) AS hours
  UNION ALL
  UNWIND ps AS p
  MATCH (x:Person)-[s:SITS_ON]->(p)
  WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until > $as_of)
  OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
  WITH x, o, collect(DISTINCT p.id) AS links, t0, t1, ps
  WHERE size(coalesce($sectors, [])) = 0 OR o.sector IN $sectors
  OPTIONAL MATCH (x)-[a:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(mp:Partnership)
  WHERE mp IN ps AND t0 <= m.start < t1 AND coalesce(a.as, 'attended') <> 'apologies'
  RETURN 'person' AS type, x.id AS id, coalesce(x.job_title_en, x.id) AS name_en, x.job_title_cy AS name_cy,
         o.short_name AS short_name, o.sector AS grp, null AS level, o.id AS organisation_id, links,
         coalesce(sum(m.duration_hours), 0.0) AS hours
}
RETURN type, id, name_en, name_cy, short_name, grp, level, organisation_id, links, hours
ORDER BY type, id
