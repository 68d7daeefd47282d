// name: app_regions
// title: Regions with data
// description: Regions that have partnerships loaded, for the region picker.
MATCH (p:Partnership)
WITH DISTINCT p.region AS id
OPTIONAL MATCH (a:Area {id: id})
RETURN id, coalesce(a.name_en, id) AS name_en, a.name_cy AS name_cy
ORDER BY name_en
