// name: replace_region
// mode: write
// title: Remove a region's data
// description: Deletes the partnerships, posts, meetings, datasets and assessments loaded for one region, before it is loaded again. Shared reference data (areas, organisations, themes, legislation) stays.
// param: region str | Region id whose data is replaced
MATCH (n)
WHERE n.region = $region AND (n:Partnership OR n:Person OR n:Meeting OR n:Dataset OR n:Assessment)
DETACH DELETE n
