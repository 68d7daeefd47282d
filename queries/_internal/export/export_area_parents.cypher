// name: export_area_parents
// title: Export places of areas in hierarchies
// description: Each PART_OF between two of the given areas, with its dates, that the shared reference or this region
// description: recorded (never another region's), so a region's export is the same whatever else is loaded.
// param: region str = null | Region id whose places are exported with the reference's
// param: ids list | Ids of the areas exported
MATCH (a:Area)-[r:PART_OF]->(p:Area)
WHERE a.id IN $ids AND p.id IN $ids AND coalesce(r.owner, 'wales') IN ['wales', $region]
RETURN a.id AS area_id, p.id AS parent_id, properties(r) AS props
ORDER BY area_id, parent_id, r.since
