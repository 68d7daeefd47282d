// name: governance
// title: Governance findings
// description: Governance problems among partnerships active on as_of, one row per finding; issue names the kind; variant, names (the partnerships involved, in order) and on_date are the facts the app words in each language (the catalogue's governance.detail.*). related_ids lists the other partnerships involved.
// description: reports_to_nothing: a sub-group or task-and-finish group with no SUBGROUP_OF or REPORTS_TO link to an active partnership (links only to dissolved ones are named). cycle: reporting lines (REPORTS_TO and SUBGROUP_OF together) that run in a circle, one row per cycle, listed under its first partnership by id. past_end_date: a group still active after its planned end_date. no_terms_of_reference: terms_of_reference is false, or unknown (null). review_overdue: review_date is before as_of.
// description: Rows are ordered by issue (in the order above), then partnership id, at most limit rows; total counts every finding and reports_to_nothing, cycle, past_end_date, no_terms_of_reference, review_overdue count each issue. limit null returns every finding (for downloads). For the sub-group trees themselves, run subgroup_tree.
// description: Each row carries the partnership rows it rests on: rows (how many) and sourced (how many have illustrative = false): the partnership, and for reports_to_nothing the dissolved groups it still points to, for a cycle every partnership in it. evidence_by_issue holds, for each issue, the rows behind every finding of that issue (rows) and how many are sourced (sourced), however many rows are returned.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: limit int = 200 | Most rows returned (null: every finding)
// example: tirlun query run governance --param region=ctm --param as_of=2025-06-30
WITH coalesce($as_of, date()) AS as_of
CALL (as_of) {
  MATCH (p:Partnership)
  WHERE ($region IS NULL OR p.region = $region)
    AND (p.established IS NULL OR p.established <= as_of)
    AND (p.dissolved IS NULL OR p.dissolved > as_of)
  RETURN collect(p) AS active
}
CALL (as_of, active) {
  UNWIND active AS p
  WITH p, as_of WHERE p.level IN ['subgroup', 'task_and_finish']
  WITH p, as_of, COLLECT { MATCH (p)-[:SUBGROUP_OF|REPORTS_TO]->(q:Partnership) RETURN DISTINCT q } AS parents
  WITH p, parents, [q IN parents WHERE (q.established IS NULL OR q.established <= as_of)
                                   AND (q.dissolved IS NULL OR q.dissolved > as_of)] AS live
  WHERE size(live) = 0
  WITH p, COLLECT { UNWIND parents AS q RETURN q ORDER BY q.id } AS parents
  RETURN 1 AS ord, 'reports_to_nothing' AS issue, p AS p, [q IN parents | q.id] AS related_ids,
         CASE WHEN size(parents) = 0 THEN 'none' ELSE 'inactive' END AS variant,
         [q IN parents | q.name_en] AS names, [q IN parents | coalesce(q.name_cy, q.name_en)] AS names_cy,
         null AS on_date, [p.illustrative] + [q IN parents | q.illustrative] AS flags
  UNION ALL
  UNWIND active AS p
  MATCH path = SHORTEST 1 (p)-[:SUBGROUP_OF|REPORTS_TO]->+(p)
  WITH p, nodes(path) AS ns
  WHERE all(n IN ns WHERE n.id >= p.id)
  RETURN 2 AS ord, 'cycle' AS issue, p AS p, [n IN ns[1..-1] | n.id] AS related_ids, '' AS variant,
         [n IN ns | n.name_en] AS names, [n IN ns | coalesce(n.name_cy, n.name_en)] AS names_cy, null AS on_date,
         [n IN ns[0..-1] | n.illustrative] AS flags
  UNION ALL
  UNWIND active AS p
  WITH p, as_of WHERE p.end_date IS NOT NULL AND p.end_date < as_of
  RETURN 3 AS ord, 'past_end_date' AS issue, p AS p, [] AS related_ids, '' AS variant,
         [] AS names, [] AS names_cy, p.end_date AS on_date, [p.illustrative] AS flags
  UNION ALL
  UNWIND active AS p
  WITH p WHERE p.terms_of_reference IS NULL OR p.terms_of_reference = false
  RETURN 4 AS ord, 'no_terms_of_reference' AS issue, p AS p, [] AS related_ids,
         CASE WHEN p.terms_of_reference IS NULL THEN 'unknown' ELSE 'none' END AS variant,
         [] AS names, [] AS names_cy, null AS on_date, [p.illustrative] AS flags
  UNION ALL
  UNWIND active AS p
  WITH p, as_of WHERE p.review_date IS NOT NULL AND p.review_date < as_of
  RETURN 5 AS ord, 'review_overdue' AS issue, p AS p, [] AS related_ids, '' AS variant,
         [] AS names, [] AS names_cy, p.review_date AS on_date, [p.illustrative] AS flags
}
WITH ord, issue, p, related_ids, variant, names, names_cy, on_date, flags
ORDER BY ord, p.id
WITH collect({issue: issue, p: p, related_ids: related_ids, variant: variant, names: names, names_cy: names_cy,
              on_date: on_date, rows: size(flags), sourced: size([x IN flags WHERE x = false])}) AS found
WITH found, size(found) AS total,
     size([f IN found WHERE f.issue = 'reports_to_nothing']) AS reports_to_nothing,
     size([f IN found WHERE f.issue = 'cycle']) AS cycle,
     size([f IN found WHERE f.issue = 'past_end_date']) AS past_end_date,
     size([f IN found WHERE f.issue = 'no_terms_of_reference']) AS no_terms_of_reference,
     size([f IN found WHERE f.issue = 'review_overdue']) AS review_overdue,
     [k IN ['reports_to_nothing', 'cycle', 'past_end_date', 'no_terms_of_reference', 'review_overdue'] |
       {issue: k, rows: reduce(n = 0, f IN found | n + CASE WHEN f.issue = k THEN f.rows ELSE 0 END),
        sourced: reduce(n = 0, f IN found | n + CASE WHEN f.issue = k THEN f.sourced ELSE 0 END)}] AS evidence_by_issue
UNWIND found[0..coalesce($limit, total)] AS f
WITH f.issue AS issue, f.p AS p, f.related_ids AS related_ids, f.variant AS variant, f.names AS names,
     f.names_cy AS names_cy, f.on_date AS on_date, f.rows AS rows, f.sourced AS sourced, total,
     reports_to_nothing, cycle, past_end_date, no_terms_of_reference, review_overdue, evidence_by_issue
RETURN issue, p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy,
       p.level AS level, related_ids, variant, names, names_cy, on_date, rows, sourced, total,
       reports_to_nothing, cycle, past_end_date, no_terms_of_reference, review_overdue, evidence_by_issue
