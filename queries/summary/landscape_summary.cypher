// name: landscape_summary
// title: Landscape summary
// description: Headline figures for the partnership landscape on as_of, one row per figure: metric names the figure (its label in each language is in the catalogue, summary.METRIC), breakdown splits it (a partnership kind, statutory or non_statutory, a statistic such as mean, or all), value is the number.
// description: Partnerships are those active on as_of. members_per_partnership gives the mean, median, min and max of organisations with an active membership (each counted once), over every active partnership, those with none included. meetings and person_hours count meetings starting between date_from and date_to (both inclusive; default the 12 months up to as_of); person-hours add each attended or deputy record's meeting length.
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
  RETURN collect(p) AS active
}
CALL (as_of, active, range_start, range_end) {
  RETURN 1 AS ord, 0 AS sub, 'partnerships' AS metric, 'all' AS breakdown, toFloat(size(active)) AS value
  UNION ALL
  UNWIND active AS p
  WITH p.kind AS kind, count(*) AS n
  RETURN 2 AS ord, -n AS sub, 'partnerships_by_kind' AS metric, kind AS breakdown, toFloat(n) AS value
  UNION ALL
  UNWIND active AS p
  WITH CASE WHEN p.statutory THEN 'statutory' ELSE 'non_statutory' END AS status, count(*) AS n
  RETURN 3 AS ord, -n AS sub, 'partnerships_by_statutory' AS metric, status AS breakdown, toFloat(n) AS value
  UNION ALL
  UNWIND active AS p
  WITH p.level AS level, count(*) AS n
  RETURN 4 AS ord, -n AS sub, 'partnerships_by_level' AS metric, level AS breakdown, toFloat(n) AS value
  UNION ALL
  MATCH (m:Meeting)
  WHERE m.start >= range_start AND m.start < range_end AND ($region IS NULL OR m.region = $region)
  WITH count(m) AS n
  RETURN 5 AS ord, 0 AS sub, 'meetings' AS metric, 'all' AS breakdown, toFloat(n) AS value
  UNION ALL
  MATCH (m:Meeting)<-[r:ATTENDED]-(:Person)
  WHERE m.start >= range_start AND m.start < range_end AND ($region IS NULL OR m.region = $region)
    AND r.as IN ['attended', 'deputy']
  WITH sum(m.duration_hours) AS hours
  RETURN 6 AS ord, 0 AS sub, 'person_hours' AS metric, 'all' AS breakdown, toFloat(hours) AS value
  UNION ALL
  UNWIND active AS p
  WITH p, COUNT {
    MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
    WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until > as_of)
    RETURN DISTINCT o
  } AS n
  WITH collect(n) AS sizes
  WITH sizes, COLLECT { UNWIND sizes AS x RETURN x ORDER BY x } AS sorted
  UNWIND [
    ['mean', CASE WHEN size(sizes) = 0 THEN null ELSE reduce(s = 0.0, x IN sizes | s + x) / size(sizes) END],
    ['median', CASE WHEN size(sorted) = 0 THEN null
                 WHEN size(sorted) % 2 = 1 THEN toFloat(sorted[size(sorted) / 2])
                 ELSE (sorted[size(sorted) / 2 - 1] + sorted[size(sorted) / 2]) / 2.0 END],
    ['min', toFloat(sorted[0])],
    ['max', toFloat(sorted[-1])]
  ] AS stat
  RETURN 7 AS ord, CASE stat[0] WHEN 'mean' THEN 0 WHEN 'median' THEN 1 WHEN 'min' THEN 2 ELSE 3 END AS sub,
         'members_per_partnership' AS metric, stat[0] AS breakdown, stat[1] AS value
  UNION ALL
  RETURN 8 AS ord, 0 AS sub, 'share_terms_of_reference' AS metric, 'all' AS breakdown,
         CASE WHEN size(active) = 0 THEN null
           ELSE toFloat(size([p IN active WHERE p.terms_of_reference = true])) / size(active) END AS value
  UNION ALL
  RETURN 9 AS ord, 0 AS sub, 'share_review_date' AS metric, 'all' AS breakdown,
         CASE WHEN size(active) = 0 THEN null
           ELSE toFloat(size([p IN active WHERE p.review_date IS NOT NULL])) / size(active) END AS value
}
WITH ord, sub, metric, breakdown, value
ORDER BY ord, sub, breakdown
RETURN metric, breakdown, value
