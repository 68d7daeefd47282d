// name: app_partnerships
// title: Partnerships in a region
// title_cy: Partneriaethau mewn rhanbarth
// description: Every partnership of a region with whether it is active on the date, for pickers and the governance tree.
// description_cy: Pob partneriaeth mewn rhanbarth, ac a yw'n weithredol ar y dyddiad, ar gyfer dewiswyr a'r goeden lywodraethu.
// param: region str = null | Region id (empty: every region)
// param: as_of date = today | Date the landscape is viewed at
MATCH (p:Partnership)
WHERE $region IS NULL OR p.region = $region
OPTIONAL MATCH (p)-[:SUBGROUP_OF]->(parent:Partnership)
OPTIONAL MATCH (p)-[:REPORTS_TO]->(up:Partnership)
OPTIONAL MATCH (p)-[:SUCCEEDED_BY]->(next:Partnership)
RETURN p.id AS id, p.name_en AS name_en, p.name_cy AS name_cy, p.short_name AS short_name,
       p.kind AS kind, p.level AS level, p.statutory AS statutory,
       p.established AS established, p.dissolved AS dissolved,
       (p.established IS NULL OR p.established <= $as_of) AND (p.dissolved IS NULL OR p.dissolved > $as_of) AS active,
       parent.id AS parent_id, collect(DISTINCT up.id) AS reports_to, collect(DISTINCT next.id) AS successors
ORDER BY name_en
