// name: export_datasets
// title: Export datasets
// description: The datasets rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (n:Dataset {region: $region})
RETURN properties(n) AS props, COLLECT { MATCH (n)-[:HELD_BY]->(x:Organisation) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS controller_id,
  COLLECT { MATCH (n)-[:PRODUCED_FOR]->(x:Partnership) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS partnership_id,
  COLLECT { MATCH (n)-[:HAS_THEME]->(x:Theme) RETURN x.id AS i ORDER BY i } AS themes
ORDER BY n.id
