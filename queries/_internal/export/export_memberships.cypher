// name: export_memberships
// title: Export memberships
// description: The memberships rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (o:Organisation)-[r:MEMBER_OF]->(p:Partnership)
WHERE p.region = $region OR o.owner = $region
RETURN properties(r) AS props, o.id AS organisation_id, p.id AS partnership_id
ORDER BY partnership_id, organisation_id, r.role
