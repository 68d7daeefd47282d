// name: region_counts
// title: Nodes loaded for a region
// description: How many region-scoped nodes a region has (0 means not loaded).
// param: region str | Region id
MATCH (n) WHERE n.region = $region
RETURN count(n) AS nodes
