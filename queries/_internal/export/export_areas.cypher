// name: export_areas
// title: Export areas
// description: The areas rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// description: With a region: the areas its rows touch or it owns, and those above them in every hierarchy the reference
// description: or the region recorded (never another region's), so the export is the same whatever else is loaded.
// param: region str = null | Region id whose reference rows are exported (null: only the given ids)
// param: ids list | Ids wanted whatever the region (rows of the input, or ones the region's rows point to)
MATCH (w:Area)
WHERE w.id IN $ids OR ($region IS NOT NULL AND (
  EXISTS { MATCH (w)--(m) WHERE m.region = $region } OR w.owner = $region))
MATCH path = (w)-[:PART_OF*0..]->(n:Area)
WHERE all(r IN relationships(path) WHERE coalesce(r.owner, 'wales') IN ['wales', $region])
WITH DISTINCT n
RETURN properties(n) AS props, null AS parent_id
ORDER BY n.id
