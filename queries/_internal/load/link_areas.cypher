// name: link_areas
// mode: write
// title: Link areas
// description: Each area to the area it sits in (PART_OF); the row replaces earlier links.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (n:Area {id: row.id})
CALL (n) { MATCH (n)-[old:PART_OF]->() DELETE old }
WITH n, row WHERE row.parent_id IS NOT NULL
MATCH (parent:Area {id: row.parent_id})
MERGE (n)-[r:PART_OF]->(parent)
SET r += row.prov
