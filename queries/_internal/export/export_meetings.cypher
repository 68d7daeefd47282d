// name: export_meetings
// title: Export meetings
// description: The meetings rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (n:Meeting {region: $region})
RETURN properties(n) AS props, COLLECT { MATCH (n)-[:MEETING_OF]->(x:Partnership) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS partnership_id,
  COLLECT { MATCH (n)-[:HAS_THEME]->(x:Theme) RETURN x.id AS i ORDER BY i } AS themes
ORDER BY n.id
