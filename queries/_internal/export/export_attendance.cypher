// name: export_attendance
// title: Export attendance
// description: The attendance rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (pe:Person)-[r:ATTENDED]->(m:Meeting {region: $region})
RETURN properties(r) AS props, pe.id AS person_id, m.id AS meeting_id
ORDER BY meeting_id, person_id
