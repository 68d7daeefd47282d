// name: app_regions
// title: Regions with data
// description: Regions that have partnerships loaded, for the region picker (the shared reference's national bodies,
// description: owned by 'wales', are not a region).
MATCH (p:Partnership)
WHERE p.region <> 'wales'
WITH DISTINCT p.region AS id
OPTIONAL MATCH (a:Area {id: id})
RETURN id, coalesce(a.name_en, id) AS name_en, a.name_cy AS name_cy
ORDER BY name_en
