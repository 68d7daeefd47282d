// name: brokers
// title: Brokers: who spans the most partnerships
// description: Organisations (active MEMBER_OF, any role) and posts (active SITS_ON) that span the most active partnerships and themes on as_of: the bodies and people through whom the landscape connects.
// description: partnerships = distinct active partnerships it belongs to; themes = distinct themes across those partnerships' remits; kinds = distinct kinds of partnership; partnership_ids lists them. Only entities in at least min_partnerships are listed, widest reach first.
// description: In Python, tirlun.analysis.brokers adds articulation points (entities whose removal splits the network, computed with networkx from brokers_projection) and betweenness.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: entity str = all | Which brokers to list: one of all, organisation, person
// param: min_partnerships int = 2 | Fewest active partnerships an entity must span (null: 2)
// param: limit int = 25 | Most rows to return (null: all)
// example: tirlun query run brokers --param entity=person --param limit=10
WITH coalesce($as_of, date()) AS as_of,
     coalesce($entity, 'all') AS entity,
     coalesce($min_partnerships, 2) AS min_partnerships
MATCH (x)-[r:MEMBER_OF|SITS_ON]->(p:Partnership)
WHERE ((x:Organisation AND entity IN ['all', 'organisation']) OR (x:Person AND entity IN ['all', 'person']))
  AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
  AND ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
WITH x, min_partnerships, collect(DISTINCT p) AS ps
WHERE size(ps) >= min_partnerships
OPTIONAL MATCH (x:Person)-[:WORKS_FOR]->(employer:Organisation)
WITH x, ps, employer,
     COLLECT { UNWIND ps AS p MATCH (p)-[:HAS_THEME]->(t:Theme) RETURN DISTINCT t.id } AS theme_ids,
     COLLECT { UNWIND ps AS p RETURN DISTINCT p.kind } AS kinds,
     COLLECT { UNWIND ps AS p RETURN p.id ORDER BY p.id } AS partnership_ids
ORDER BY size(ps) DESC, size(theme_ids) DESC, x.id
LIMIT coalesce($limit, 1000000000)
RETURN CASE WHEN x:Person THEN 'person' ELSE 'organisation' END AS entity,
       x.id AS id,
       CASE WHEN x:Person THEN coalesce(x.display_name, x.job_title_en) ELSE x.name_en END AS name,
       CASE WHEN x:Person THEN coalesce(x.display_name, x.job_title_cy, x.job_title_en)
         ELSE coalesce(x.name_cy, x.name_en) END AS name_cy,
       employer.id AS organisation_id, employer.name_en AS organisation_name,
       size(ps) AS partnerships, size(theme_ids) AS themes, size(kinds) AS kinds, partnership_ids
ORDER BY partnerships DESC, themes DESC, id
