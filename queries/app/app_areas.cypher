// name: app_areas
// title: Areas of a region
// description: The region's own area and every area inside it, for the area filter.
// param: region str = null | Region id (empty: every area)
MATCH (a:Area)
WHERE $region IS NULL OR a.id = $region OR EXISTS { (a)-[:PART_OF*1..]->(:Area {id: $region}) }
RETURN a.id AS id, a.name_en AS name_en, a.name_cy AS name_cy, a.kind AS kind
ORDER BY CASE a.kind WHEN 'region' THEN 0 ELSE 1 END, name_en
