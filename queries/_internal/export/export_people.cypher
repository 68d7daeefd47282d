// name: export_people
// title: Export people (posts)
// description: The people (posts) rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (n:Person {region: $region})
RETURN properties(n) AS props, COLLECT { MATCH (n)-[:WORKS_FOR]->(x:Organisation) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS organisation_id
ORDER BY n.id
