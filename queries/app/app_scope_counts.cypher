// name: app_scope_counts
// title: Partnerships in the sidebar, counted apart
// description: The sidebar's one line for a region and date: partnerships active on as_of, counted apart as the Overview counts them (landscape_summary's scope, the same rule): own_boards (footprint inside the region on as_of, level board), own_subgroups (inside, any other level), wider (a footprint reaching beyond the region: national, wider or neighbouring bodies). A footprint lies inside the region when each of its areas is the region or is PART_OF it through parents valid on as_of (since and until, the last day, both included); no footprint counts as the region's own. With no region every partnership is own_boards or own_subgroups by level and wider is 0. One row.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
WITH coalesce($as_of, date()) AS as_of
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
WITH p, $region IS NULL OR all(a IN COLLECT { MATCH (p)-[:COVERS]->(x:Area) RETURN x } WHERE a.id = $region OR EXISTS {
       MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region})
       WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= as_of)
                                             AND (link.until IS NULL OR link.until >= as_of)) }) AS inside
WITH CASE WHEN NOT inside THEN 'wider' WHEN p.level = 'board' THEN 'own_board' ELSE 'own_subgroup' END AS scope
RETURN count(CASE scope WHEN 'own_board' THEN 1 END) AS own_boards,
       count(CASE scope WHEN 'own_subgroup' THEN 1 END) AS own_subgroups,
       count(CASE scope WHEN 'wider' THEN 1 END) AS wider
