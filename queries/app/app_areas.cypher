// name: app_areas
// title: Areas of a region
// title_cy: Ardaloedd rhanbarth
// description: The region's own area and every area inside it, for the area filter.
// description_cy: Ardal y rhanbarth ei hun a phob ardal o'i mewn, ar gyfer yr hidlydd ardal.
// param: region str = null | Region id (empty: every area)
MATCH (a:Area)
WHERE $region IS NULL OR a.id = $region OR EXISTS { (a)-[:PART_OF*1..]->(:Area {id: $region}) }
RETURN a.id AS id, a.name_en AS name_en, a.name_cy AS name_cy, a.kind AS kind
ORDER BY CASE a.kind WHEN 'region' THEN 0 ELSE 1 END, name_en
