// name: export_organisation_names
// title: Export organisations' former names
// description: The organisation_names rows of the organisations exported (those in ids, or the ones a region uses), in the input format's columns, for tirlun export and the diff before a load.
// param: region str = null | Region id whose reference rows are exported (null: only the given ids)
// param: ids list | Organisation ids wanted whatever the region
MATCH (o:Organisation)-[:WAS_NAMED]->(n:OrganisationName)
WHERE o.id IN $ids OR ($region IS NOT NULL AND (
  EXISTS { MATCH (o)--(m) WHERE m.region = $region }
  OR NOT EXISTS { MATCH (o)--(m) WHERE m.region IS NOT NULL }))
RETURN properties(n) AS props, o.id AS organisation_id
ORDER BY organisation_id, n.until
