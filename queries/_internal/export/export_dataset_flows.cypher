// name: export_dataset_flows
// title: Export dataset flows
// description: The dataset flows rows of a region in the input format's columns (props plus link columns), for tirlun export and the diff before a load.
// param: region str | Region id whose rows are exported
MATCH (d:Dataset {region: $region})-[r:FLOWS_TO]->(t)
RETURN properties(r) AS props, d.id AS dataset_id,
  CASE WHEN t:Organisation THEN 'organisation' ELSE 'partnership' END AS to_kind, t.id AS to_id
ORDER BY dataset_id, to_kind, to_id
