// name: export_partnerships
// title: Export partnerships
// description: The partnerships rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
// param: ids list = [] | Other owners' partnerships the region's rows point to (repeated so the export validates alone)
MATCH (n:Partnership)
WHERE n.region = $region OR n.id IN $ids
RETURN properties(n) AS props,
  COLLECT { MATCH (n)-[:SET_UP_UNDER]->(x:Legislation) RETURN x.id AS i ORDER BY i } AS legislation,
  COLLECT { MATCH (n)-[r:SET_UP_UNDER]->(:Legislation) RETURN r.section AS s ORDER BY s LIMIT 1 }[0] AS legislation_section,
  COLLECT { MATCH (n)-[:DISCHARGES_DUTY_UNDER]->(x:Legislation) RETURN x.id AS i ORDER BY i } AS duty_legislation,
  COLLECT { MATCH (n)-[r:DISCHARGES_DUTY_UNDER]->(:Legislation) RETURN r.section AS s ORDER BY s LIMIT 1 }[0] AS duty_section,
  COLLECT { MATCH (n)-[:COVERS]->(x:Area) RETURN x.id AS i ORDER BY i } AS areas,
  COLLECT { MATCH (n)-[:HAS_THEME]->(x:Theme) RETURN x.id AS i ORDER BY i } AS themes,
  COLLECT { MATCH (n)-[:SUBGROUP_OF]->(x:Partnership) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS subgroup_of,
  COLLECT { MATCH (n)-[:REPORTS_TO]->(x:Partnership) RETURN x.id AS i ORDER BY i } AS reports_to,
  COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(x:Partnership) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS successor_id,
  COLLECT { MATCH (x:Organisation)-[:SECRETARIAT_FOR]->(n) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS secretariat_id,
  COLLECT { MATCH (x:Organisation)-[:CHAIRS]->(n) RETURN x.id AS i ORDER BY i LIMIT 1 }[0] AS chair_org_id
ORDER BY n.id
