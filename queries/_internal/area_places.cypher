// name: area_places
// title: Where these areas sit
// description: Each area's places in hierarchies (PART_OF, with since, until and owner), so a load adds a new place and
// description: never removes an area from a hierarchy another owner recorded.
// param: ids list | Area ids
MATCH (a:Area)-[r:PART_OF]->(p:Area)
WHERE a.id IN $ids
RETURN a.id AS area_id, p.id AS parent_id, r.since AS since, r.until AS until, coalesce(r.owner, 'wales') AS owner,
       r.source AS source, r.as_of AS as_of, r.illustrative AS illustrative, r.note AS note
ORDER BY area_id, parent_id, since
