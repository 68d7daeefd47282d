// name: export_legislation
// title: Export legislation
// description: The legislation rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str = null | Region id whose reference rows are exported: those its rows touch or it owns (null: only the given ids)
// param: ids list | Ids wanted whatever the region (rows of the input, or ones the region's rows point to)
MATCH (n:Legislation)
WHERE n.id IN $ids OR ($region IS NOT NULL AND (
  EXISTS { MATCH (n)--(m) WHERE m.region = $region } OR n.owner = $region))
RETURN properties(n) AS props
ORDER BY n.id
