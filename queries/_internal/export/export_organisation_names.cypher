// name: export_organisation_names
// title: Export organisations' former names
// description: The organisation_names rows of the organisations exported (their ids), in the input format's columns, for tirlun export and the diff before a load.
// param: ids list | Organisation ids wanted whatever the region
MATCH (o:Organisation)-[:WAS_NAMED]->(n:OrganisationName)
WHERE o.id IN $ids
RETURN properties(n) AS props, o.id AS organisation_id
ORDER BY organisation_id, n.until
