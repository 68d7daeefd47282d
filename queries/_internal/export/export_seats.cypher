// name: export_seats
// title: Export seats
// description: The seats rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (pe:Person {region: $region})-[r:SITS_ON]->(p:Partnership)
RETURN properties(r) AS props, pe.id AS person_id, p.id AS partnership_id
ORDER BY partnership_id, person_id, r.role
