// name: export_assessments
// title: Export self-assessments
// description: The self-assessments rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (a:Assessment {region: $region})-[s:SCORED]->(c:Criterion)
RETURN properties(s) AS props, a.id AS assessment_id, a.partnership_id AS partnership_id, a.date AS date,
  c.id AS criterion, [a.source, a.as_of, a.illustrative] AS node_prov
ORDER BY assessment_id, criterion
