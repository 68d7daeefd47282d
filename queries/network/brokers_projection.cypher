// name: brokers_projection
// title: Membership network (edges for broker analysis)
// description: The bipartite network behind brokers: one row per edge from an organisation (active MEMBER_OF, any role, counted once) or a post (active SITS_ON) to an active partnership on as_of. entity is organisation or person.
// description: tirlun.analysis.brokers reads it into networkx to find articulation points: entities whose removal would split the partnerships into groups with no member or post in common.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// example: tirlun query run brokers_projection --param region=ctm --format csv
WITH coalesce($as_of, date()) AS as_of
MATCH (x)-[r:MEMBER_OF|SITS_ON]->(p:Partnership)
WHERE (x:Organisation OR x:Person)
  AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
  AND ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
WITH DISTINCT x, p
RETURN CASE WHEN x:Person THEN 'person' ELSE 'organisation' END AS entity,
       x.id AS id,
       CASE WHEN x:Person THEN coalesce(x.display_name, x.job_title_en) ELSE x.name_en END AS name,
       p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy
ORDER BY entity, id, partnership_id
