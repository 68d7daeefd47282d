// name: landscape_summary
// title: Landscape summary
// description: Headline figures for the partnership landscape on as_of, one row per figure: metric names the figure (its label in each language is in the catalogue, summary.METRIC), breakdown splits it (a partnership kind, statutory or non_statutory, a statistic such as mean, or all), value is the number.
// description: Partnerships are those active on as_of. members_per_partnership gives the mean, median, min and max of organisations with an active membership (each counted once), over every active partnership, those with none included. meetings and person_hours count meetings starting between date_from and date_to (both inclusive; default the 12 months up to as_of); person-hours add each attended or deputy record's meeting length.
// description: scope says whose partnerships a row counts: own_board (the region's own boards: footprint inside the region on as_of, level board), own_subgroup (the region's own sub-groups and task-and-finish groups, by level), wider (national, wider or neighbouring bodies: a footprint reaching beyond the region on as_of, e.g. an all-Wales board or a neighbouring region's RPB), or all. A footprint lies inside the region when each of its areas is the region or is PART_OF it (through parents valid on as_of: a PART_OF with since/until counts only between them); a partnership with no footprint recorded counts as the region's own. With no region, every partnership is own_board or own_subgroup by level. partnerships gives one row per scope (breakdown = the scope) after the total (breakdown all); partnerships_by_kind, partnerships_by_statutory and partnerships_by_level give one row per scope and breakdown, so the region's boards, its sub-groups and wider bodies are never added together.
// description: sourced and total say what each figure rests on, counted here with it: total rows of kind unit (partnerships, meetings, attendance records or memberships) stand behind the figure, sourced of them are not illustrative.
// description: share_terms_of_reference is the fraction (0 to 1) of active partnerships whose terms_of_reference is true (unknown counts as no); share_review_date is the fraction with a review date recorded.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: date_from date = null | First meeting day counted (null: 12 months before as_of)
// param: date_to date = null | Last meeting day counted (null: as_of)
// example: tirlun query run landscape_summary --param as_of=2025-06-30
WITH coalesce($as_of, date()) AS as_of
WITH as_of,
     localdatetime({date: coalesce($date_from, as_of - duration({months: 12}))}) AS range_start,
     localdatetime({date: coalesce($date_to, as_of) + duration({days: 1})}) AS range_end
CALL (as_of) {
  MATCH (p:Partnership)
  WHERE ($region IS NULL OR p.region = $region)
    AND (p.established IS NULL OR p.established <= as_of)
    AND (p.dissolved IS NULL OR p.dissolved > as_of)
  // The region's own: every area of the footprint is the region or lies in it on as_of.
  WITH p, $region IS NULL OR all(a IN COLLECT { MATCH (p)-[:COVERS]->(x:Area) RETURN x } WHERE a.id = $region OR EXISTS {
         MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region})
         WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= as_of)
                                               AND (link.until IS NULL OR link.until >= as_of)) }) AS inside
  WITH p, CASE WHEN NOT inside THEN 'wider' WHEN p.level = 'board' THEN 'own_board' ELSE 'own_subgroup' END AS scope
  RETURN collect({p: p, scope: scope}) AS active
}
CALL (as_of, active, range_start, range_end) {
  RETURN 1 AS ord, 0 AS sub, 'partnerships' AS metric, 'all' AS scope, 'all' AS breakdown, toFloat(size(active)) AS value,
         size([x IN active WHERE x.p.illustrative = false]) AS sourced, size(active) AS total, 'partnerships' AS unit
  UNION ALL
  UNWIND ['own_board', 'own_subgroup', 'wider'] AS scope
  WITH scope, [x IN active WHERE x.scope = scope] AS these
  RETURN 1 AS ord, CASE scope WHEN 'own_board' THEN 1 WHEN 'own_subgroup' THEN 2 ELSE 3 END AS sub,
         'partnerships' AS metric, scope, scope AS breakdown, toFloat(size(these)) AS value,
         size([x IN these WHERE x.p.illustrative = false]) AS sourced, size(these) AS total, 'partnerships' AS unit
  UNION ALL
  UNWIND active AS x
  WITH x.scope AS scope, x.p.kind AS kind, count(*) AS n, count(CASE WHEN x.p.illustrative = false THEN 1 END) AS s
  RETURN 2 AS ord, -n AS sub, 'partnerships_by_kind' AS metric, scope, kind AS breakdown, toFloat(n) AS value,
         s AS sourced, n AS total, 'partnerships' AS unit
  UNION ALL
  UNWIND active AS x
  WITH x.scope AS scope, CASE WHEN x.p.statutory THEN 'statutory' ELSE 'non_statutory' END AS status, count(*) AS n,
       count(CASE WHEN x.p.illustrative = false THEN 1 END) AS s
  RETURN 3 AS ord, -n AS sub, 'partnerships_by_statutory' AS metric, scope, status AS breakdown, toFloat(n) AS value,
         s AS sourced, n AS total, 'partnerships' AS unit
  UNION ALL
  UNWIND active AS x
  WITH x.scope AS scope, x.p.level AS level, count(*) AS n, count(CASE WHEN x.p.illustrative = false THEN 1 END) AS s
  RETURN 4 AS ord, -n AS sub, 'partnerships_by_level' AS metric, scope, level AS breakdown, toFloat(n) AS value,
         s AS sourced, n AS total, 'partnerships' AS unit
  UNION ALL
  MATCH (m:Meeting)
  WHERE m.start >= range_start AND m.start < range_end AND ($region IS NULL OR m.region = $region)
  WITH count(m) AS n, count(CASE WHEN m.illustrative = false THEN 1 END) AS s
  RETURN 5 AS ord, 0 AS sub, 'meetings' AS metric, 'all' AS scope, 'all' AS breakdown, toFloat(n) AS value,
         s AS sourced, n AS total, 'meetings' AS unit
  UNION ALL
  MATCH (m:Meeting)<-[r:ATTENDED]-(:Person)
  WHERE m.start >= range_start AND m.start < range_end AND ($region IS NULL OR m.region = $region)
    AND r.as IN ['attended', 'deputy']
  WITH sum(m.duration_hours) AS hours, count(r) AS n, count(CASE WHEN r.illustrative = false THEN 1 END) AS s
  RETURN 6 AS ord, 0 AS sub, 'person_hours' AS metric, 'all' AS scope, 'all' AS breakdown, toFloat(hours) AS value,
         s AS sourced, n AS total, 'attendance' AS unit
  UNION ALL
  UNWIND active AS x
  WITH x.p AS p
  WITH p, COLLECT {
    MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
    WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
    RETURN r
  } AS rels
  WITH p, size(rels) AS n_rels, size([r IN rels WHERE r.illustrative = false]) AS s_rels,
       COUNT {
         MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
         WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
         RETURN DISTINCT o
       } AS n
  WITH collect(n) AS sizes, sum(n_rels) AS total, sum(s_rels) AS sourced
  WITH sizes, total, sourced, COLLECT { UNWIND sizes AS x RETURN x ORDER BY x } AS sorted
  UNWIND [
    ['mean', CASE WHEN size(sizes) = 0 THEN null ELSE reduce(s = 0.0, x IN sizes | s + x) / size(sizes) END],
    ['median', CASE WHEN size(sorted) = 0 THEN null
                 WHEN size(sorted) % 2 = 1 THEN toFloat(sorted[size(sorted) / 2])
                 ELSE (sorted[size(sorted) / 2 - 1] + sorted[size(sorted) / 2]) / 2.0 END],
    ['min', toFloat(sorted[0])],
    ['max', toFloat(sorted[-1])]
  ] AS stat
  RETURN 7 AS ord, CASE stat[0] WHEN 'mean' THEN 0 WHEN 'median' THEN 1 WHEN 'min' THEN 2 ELSE 3 END AS sub,
         'members_per_partnership' AS metric, 'all' AS scope, stat[0] AS breakdown, stat[1] AS value,
         sourced, total, 'memberships' AS unit
  UNION ALL
  RETURN 8 AS ord, 0 AS sub, 'share_terms_of_reference' AS metric, 'all' AS scope, 'all' AS breakdown,
         CASE WHEN size(active) = 0 THEN null
           ELSE toFloat(size([x IN active WHERE x.p.terms_of_reference = true])) / size(active) END AS value,
         size([x IN active WHERE x.p.illustrative = false]) AS sourced, size(active) AS total, 'partnerships' AS unit
  UNION ALL
  RETURN 9 AS ord, 0 AS sub, 'share_review_date' AS metric, 'all' AS scope, 'all' AS breakdown,
         CASE WHEN size(active) = 0 THEN null
           ELSE toFloat(size([x IN active WHERE x.p.review_date IS NOT NULL])) / size(active) END AS value,
         size([x IN active WHERE x.p.illustrative = false]) AS sourced, size(active) AS total, 'partnerships' AS unit
}
WITH ord, sub, metric, scope, breakdown, value, sourced, total, unit
ORDER BY ord, CASE scope WHEN 'all' THEN 0 WHEN 'own_board' THEN 1 WHEN 'own_subgroup' THEN 2 ELSE 3 END, sub, breakdown
RETURN metric, scope, breakdown, value, sourced, total, unit
