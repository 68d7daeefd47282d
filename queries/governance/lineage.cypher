// name: lineage
// title: Lineage: predecessors and successors
// description: How partnerships have replaced one another over time, one row per event up to as_of, oldest first. event is succeeded (one partnership handed its work to one other, SUCCEEDED_BY), merged (several predecessors handed their work to one successor; merged_with lists the others), split (one partnership handed its work to several) or dissolved (dissolved with no successor).
// description: date is when it happened: the predecessor's dissolved date, else the successor's established date (null if neither is known; such events are always shown). current_id names the partnership that carries the work on as_of, following SUCCEEDED_BY to its end.
// description: Give id to see a single partnership's family: every partnership linked to it by SUCCEEDED_BY, in either direction. At most limit rows, oldest first; total counts every event. limit null returns every event (for downloads).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: id str = null | A partnership id to show only its family; null shows every lineage
// param: limit int = 200 | Most rows returned, oldest first (null: every event)
// example: tirlun query run lineage --param id=ctm-psb
WITH coalesce($as_of, date()) AS as_of
CALL (as_of) {
  MATCH (a:Partnership)-[:SUCCEEDED_BY]->(b:Partnership)
  WITH a, b, as_of, coalesce(a.dissolved, b.established) AS date
  WHERE date IS NULL OR date <= as_of
  WITH a, b, date,
       COLLECT { MATCH (other:Partnership)-[:SUCCEEDED_BY]->(b) WHERE other <> a RETURN other.id ORDER BY other.id } AS merged_with,
       COUNT { (a)-[:SUCCEEDED_BY]->(:Partnership) } AS successors
  RETURN CASE WHEN size(merged_with) > 0 THEN 'merged' WHEN successors > 1 THEN 'split' ELSE 'succeeded' END AS event,
         date, a, b, merged_with
  UNION ALL
  MATCH (a:Partnership)
  WHERE a.dissolved IS NOT NULL AND a.dissolved <= as_of AND NOT (a)-[:SUCCEEDED_BY]->()
  RETURN 'dissolved' AS event, a.dissolved AS date, a, null AS b, [] AS merged_with
}
WITH as_of, event, date, a, b, merged_with
WHERE ($region IS NULL OR a.region = $region OR b.region = $region)
  AND ($id IS NULL OR a.id = $id OR EXISTS { MATCH (a)-[:SUCCEEDED_BY]-*(f:Partnership {id: $id}) })
OPTIONAL MATCH (b) ((x:Partnership)-[:SUCCEEDED_BY]->(y:Partnership)
                    WHERE coalesce(x.dissolved, y.established) IS NULL
                       OR coalesce(x.dissolved, y.established) <= as_of)* (cur:Partnership)
WHERE NOT EXISTS {
  MATCH (cur)-[:SUCCEEDED_BY]->(z:Partnership)
  WHERE coalesce(cur.dissolved, z.established) IS NULL OR coalesce(cur.dissolved, z.established) <= as_of
}
WITH event, date, a, b, merged_with, min(cur.id) AS current_id
OPTIONAL MATCH (cur:Partnership {id: current_id})
WITH event, date, a, b, merged_with, cur
ORDER BY date IS NULL, date, a.id, b.id
WITH collect({event: event, date: date, a: a, b: b, merged_with: merged_with, cur: cur}) AS events
WITH events, size(events) AS total
UNWIND events[0..coalesce($limit, total)] AS e
WITH e.event AS event, e.date AS date, e.a AS a, e.b AS b, e.merged_with AS merged_with, e.cur AS cur, total
RETURN event, date,
       a.id AS from_id, a.name_en AS from_name, coalesce(a.name_cy, a.name_en) AS from_name_cy,
       a.established AS from_established, a.dissolved AS from_dissolved,
       b.id AS to_id, b.name_en AS to_name, coalesce(b.name_cy, b.name_en) AS to_name_cy,
       b.established AS to_established, merged_with,
       cur.id AS current_id, cur.name_en AS current_name, coalesce(cur.name_cy, cur.name_en) AS current_name_cy, total
