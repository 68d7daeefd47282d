// name: merge_overlap
// title: Overlap with two partnerships, before and after they merge
// description: For two partnerships a and b: their member organisations now (memberships active on as_of), how many
// description: they share (ab_shared) and their Jaccard (ab_jaccard = shared / organisations in either). Then every other
// description: partnership active on as_of (in region, if given) that shares at least one member with a or b, with its
// description: organisation Jaccard with a (with_a), with b (with_b) and with a and b merged into one (with_merged, the
// description: members of either). Partnerships sharing no member with either are left out: all three would be 0.
// description: Ranking rule: highest with_merged first, then the larger of with_a and with_b, then partnership id; the first
// description: limit rows are returned (null: all), each carrying total. When no other partnership qualifies, one row comes
// description: back with partnership_id null and the a-b figures.
// param: a str | Id of partnership A
// param: b str | Id of partnership B
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: limit int = 25 | Most partnerships returned (null: all)
// example: tirlun query run merge_overlap --param a=ctm-psb --param b=ctm-rpb --param as_of=2025-06-30
WITH coalesce($as_of, date()) AS as_of
MATCH (pa:Partnership {id: $a})
MATCH (pb:Partnership {id: $b})
CALL (pa, as_of) {
  OPTIONAL MATCH (o:Organisation)-[r:MEMBER_OF]->(pa)
  WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
  RETURN collect(DISTINCT o) AS in_a
}
CALL (pb, as_of) {
  OPTIONAL MATCH (o:Organisation)-[r:MEMBER_OF]->(pb)
  WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
  RETURN collect(DISTINCT o) AS in_b
}
WITH as_of, pa, pb, in_a, in_b, in_a + [o IN in_b WHERE NOT o IN in_a] AS merged
WITH as_of, pa, pb, in_a, in_b, merged, size(in_a) + size(in_b) - size(merged) AS ab_shared
CALL (as_of, pa, pb, in_a, in_b, merged) {
  UNWIND merged AS o
  MATCH (o)-[r:MEMBER_OF]->(q:Partnership)
  WHERE q <> pa AND q <> pb
    AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
    AND ($region IS NULL OR q.region = $region)
    AND (q.established IS NULL OR q.established <= as_of) AND (q.dissolved IS NULL OR q.dissolved > as_of)
  WITH DISTINCT q
  CALL (q, as_of) {
    MATCH (o2:Organisation)-[r2:MEMBER_OF]->(q)
    WHERE (r2.since IS NULL OR r2.since <= as_of) AND (r2.until IS NULL OR r2.until >= as_of)
    RETURN collect(DISTINCT o2) AS in_q
  }
  WITH q, size(in_q) AS n_q,
       size([o IN in_q WHERE o IN in_a]) AS s_a, size([o IN in_q WHERE o IN in_b]) AS s_b,
       size([o IN in_q WHERE o IN merged]) AS s_m
  WITH q, toFloat(s_a) / (size(in_a) + n_q - s_a) AS with_a, toFloat(s_b) / (size(in_b) + n_q - s_b) AS with_b,
       toFloat(s_m) / (size(merged) + n_q - s_m) AS with_merged
  ORDER BY with_merged DESC, CASE WHEN with_a > with_b THEN with_a ELSE with_b END DESC, q.id
  RETURN collect({q: q, with_a: with_a, with_b: with_b, with_merged: with_merged}) AS others
}
WITH pa, pb, in_a, in_b, ab_shared, others, size(others) AS total,
     CASE WHEN size(in_a) + size(in_b) - ab_shared = 0 THEN 0.0
          ELSE toFloat(ab_shared) / (size(in_a) + size(in_b) - ab_shared) END AS ab_jaccard
UNWIND CASE WHEN total = 0 THEN [null] ELSE others[0..coalesce($limit, total)] END AS r
RETURN pa.id AS a_id, pb.id AS b_id, size(in_a) AS a_size, size(in_b) AS b_size, ab_shared, ab_jaccard,
       r.q.id AS partnership_id, r.q.name_en AS partnership_name, coalesce(r.q.name_cy, r.q.name_en) AS partnership_name_cy,
       r.q.short_name AS short_name, r.q.short_name_cy AS short_name_cy, r.with_a AS with_a, r.with_b AS with_b, r.with_merged AS with_merged, total
