// name: export_areas
// title: Export areas
// description: The areas rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str = null | Region id whose reference rows are exported (null: only the given ids)
// param: ids list | Ids wanted whatever the region (rows of the input, or ones the region's rows point to)
MATCH (w:Area)
WHERE w.id IN $ids OR ($region IS NOT NULL AND (
  EXISTS { MATCH (w)--(m) WHERE m.region = $region }
  OR NOT EXISTS { MATCH (w)--(m) WHERE m.region IS NOT NULL }))
MATCH (w)-[:PART_OF*0..]->(n:Area)
WITH DISTINCT n
RETURN properties(n) AS props, COLLECT { MATCH (n)-[:PART_OF]->(x:Area) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS parent_id
ORDER BY n.id
