// name: partnership_overlap
// title: Partnership overlap
// description: Pairs of partnerships, active on as_of, that share at least min_shared members: organisations (MEMBER_OF, each counted once whatever its roles), people (posts with a seat, SITS_ON) or remit themes (HAS_THEME). Only memberships active on as_of count.
// description: Each pair appears once (a_id < b_id). shared is the number of common members; a_size and b_size are each partnership's active members; jaccard = shared / members of either (1 = identical membership); overlap_coefficient = shared / the smaller partnership's size (1 = the smaller one sits wholly inside the larger).
// description: Ranking rule (rank_by = score, the default): score = shared / (members of either + 2), the Jaccard index with two unshared members added to every pair, so a pair must share several members to rank high: sharing 1 of 1 scores 0.33, 9 of 12 scores 0.64, 10 of 10 scores 0.83. Ties: more shared first, then by id.
// description: Scope: with a region and scope = regional (the default) only partnerships whose whole footprint (COVERS) lies inside the region count, so national and wider bodies do not crowd a regional view; scope = all adds them.
// description: With level = board only boards are compared, so a board and its own sub-groups (which share members by design) do not fill the list.
// description: Family: a partnership and its own sub-groups, at any depth below it (SUBGROUP_OF), share members by design (a sub-group or task and finish group draws on its board's members), so such a pair is not an overlap finding and is left out unless family = true.
// description: At most limit pairs are returned (null: all), each with total, the number of pairs in the full answer. Partnerships with no active members never appear.
// description: evidence_total counts the rows the pair's finding rests on (both partnerships' active memberships, seats or remit themes, as members says) and evidence_sourced those of them that are not illustrative.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: members str = organisations | What counts as a member: one of organisations, people, themes
// param: min_shared int = 1 | Fewest shared members a pair needs (null: 1)
// param: level str = null | Only partnerships at this level: board, subgroup or task_and_finish (null: every level)
// param: scope str = regional | regional (only partnerships inside the region) or all (national and wider bodies too)
// param: family bool = false | Also pairs where one is a sub-group (at any depth) of the other (null: false)
// param: rank_by str = score | Order: one of score, jaccard, overlap_coefficient, shared
// param: limit int = 200 | Most pairs returned (null: all)
// example: tirlun query run partnership_overlap --param region=ctm --param members=people --param min_shared=3
WITH coalesce($as_of, date()) AS as_of,
     coalesce($members, 'organisations') AS members,
     coalesce($min_shared, 1) AS min_shared,
     coalesce($scope, 'regional') AS scope,
     coalesce($rank_by, 'score') AS rank_by
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND ($level IS NULL OR p.level = $level)
  AND ($region IS NULL OR scope = 'all' OR NOT EXISTS {
        MATCH (p)-[:COVERS]->(a:Area)
        WHERE NOT (a.id = $region OR EXISTS { MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region}) WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= as_of) AND (link.until IS NULL OR link.until >= as_of)) }) })
CALL (p, as_of, members) {
  MATCH (m)-[r:MEMBER_OF|SITS_ON]->(p)
  WHERE members <> 'themes'
    AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
    AND ((members = 'organisations' AND m:Organisation) OR (members = 'people' AND m:Person))
  RETURN m
  UNION
  MATCH (p)-[:HAS_THEME]->(m:Theme)
  WHERE members = 'themes'
  RETURN m
}
WITH p, collect(DISTINCT m) AS ms, min_shared, rank_by
WITH p, ms, size(ms) AS size, min_shared, rank_by
ORDER BY p.id
UNWIND ms AS m
WITH m, min_shared, rank_by, collect({p: p, size: size}) AS holders
UNWIND range(0, size(holders) - 2) AS i
UNWIND range(i + 1, size(holders) - 1) AS j
WITH holders[i] AS a, holders[j] AS b, min_shared, rank_by
WITH a.p AS pa, a.size AS a_size, b.p AS pb, b.size AS b_size, min_shared, rank_by, count(*) AS shared
WHERE shared >= min_shared
  AND (coalesce($family, false) OR NOT (EXISTS { MATCH (pa)-[:SUBGROUP_OF*1..10]->(pb) }
                                    OR EXISTS { MATCH (pb)-[:SUBGROUP_OF*1..10]->(pa) }))
WITH pa, pb, a_size, b_size, shared, rank_by, a_size + b_size - shared AS either
WITH pa, pb, a_size, b_size, shared, rank_by,
     toFloat(shared) / either AS jaccard,
     toFloat(shared) / CASE WHEN a_size < b_size THEN a_size ELSE b_size END AS overlap_coefficient,
     toFloat(shared) / (either + 2) AS score
ORDER BY CASE rank_by WHEN 'jaccard' THEN jaccard WHEN 'overlap_coefficient' THEN overlap_coefficient
                      WHEN 'shared' THEN toFloat(shared) ELSE score END DESC,
         shared DESC, pa.id, pb.id
WITH collect({pa: pa, pb: pb, a_size: a_size, b_size: b_size, shared: shared, jaccard: jaccard,
              overlap_coefficient: overlap_coefficient, score: score}) AS pairs
WITH pairs, size(pairs) AS total
UNWIND CASE WHEN $limit IS NULL THEN pairs ELSE pairs[0..$limit] END AS pair
WITH pair, total, pair.pa AS pa, pair.pb AS pb
// What the pair's finding rests on: the two partnerships' rows of the kind compared, and how many are sourced.
CALL (pa, pb) {
  WITH coalesce($as_of, date()) AS as_of, coalesce($members, 'organisations') AS members
  UNWIND [pa, pb] AS p
  MATCH (p)-[r:MEMBER_OF|SITS_ON|HAS_THEME]-(m)
  WHERE CASE members
          WHEN 'themes' THEN type(r) = 'HAS_THEME' AND m:Theme
          WHEN 'people' THEN type(r) = 'SITS_ON' AND m:Person
          ELSE type(r) = 'MEMBER_OF' AND m:Organisation END
    AND (type(r) = 'HAS_THEME' OR ((r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)))
  RETURN count(r) AS evidence_total, count(CASE WHEN r.illustrative = false THEN 1 END) AS evidence_sourced
}
// Names only for the pairs returned: the common members, sorted by their English name.
CALL (pa, pb) {
  WITH coalesce($as_of, date()) AS as_of, coalesce($members, 'organisations') AS members
  MATCH (pa)<-[ra:MEMBER_OF|SITS_ON]-(m)-[rb:MEMBER_OF|SITS_ON]->(pb)
  WHERE members <> 'themes'
    AND (ra.since IS NULL OR ra.since <= as_of) AND (ra.until IS NULL OR ra.until >= as_of)
    AND (rb.since IS NULL OR rb.since <= as_of) AND (rb.until IS NULL OR rb.until >= as_of)
    AND ((members = 'organisations' AND m:Organisation) OR (members = 'people' AND m:Person))
  RETURN DISTINCT m
  UNION
  WITH coalesce($members, 'organisations') AS members
  MATCH (pa)-[:HAS_THEME]->(m:Theme)<-[:HAS_THEME]-(pb)
  WHERE members = 'themes'
  RETURN DISTINCT m
}
OPTIONAL MATCH (m:Person)-[:WORKS_FOR]->(employer:Organisation)
WITH pair, total, pa, pb, evidence_total, evidence_sourced, m, head(collect(employer)) AS employer
WITH pair, total, pa, pb, evidence_total, evidence_sourced, m.id AS mid,
     CASE WHEN m:Person
       THEN coalesce(m.display_name, m.job_title_en) + coalesce(', ' + coalesce(employer.short_name, employer.name_en), '')
       ELSE m.name_en END AS name,
     CASE WHEN m:Person
       THEN coalesce(m.display_name, m.job_title_cy, m.job_title_en) + coalesce(', ' + coalesce(employer.short_name_cy, employer.name_cy, employer.name_en), '')
       ELSE coalesce(m.name_cy, m.name_en) END AS name_cy
ORDER BY name, mid
WITH pair, total, pa, pb, evidence_total, evidence_sourced, collect(name) AS shared_names, collect(name_cy) AS welsh, collect(mid) AS ids
// Each list is sorted by its own key: English names, Welsh names, ids.
CALL (welsh) { UNWIND welsh AS n WITH n ORDER BY n RETURN collect(n) AS shared_names_cy }
CALL (ids) { UNWIND ids AS i WITH i ORDER BY i RETURN collect(i) AS shared_ids }
RETURN pa.id AS a_id, pa.name_en AS a_name, coalesce(pa.name_cy, pa.name_en) AS a_name_cy, pa.short_name AS a_short, pa.short_name_cy AS a_short_cy,
       pb.id AS b_id, pb.name_en AS b_name, coalesce(pb.name_cy, pb.name_en) AS b_name_cy, pb.short_name AS b_short, pb.short_name_cy AS b_short_cy,
       pair.shared AS shared, pair.a_size AS a_size, pair.b_size AS b_size,
       pair.jaccard AS jaccard, pair.overlap_coefficient AS overlap_coefficient, pair.score AS score,
       shared_names, shared_names_cy, shared_ids, evidence_sourced, evidence_total, total
ORDER BY CASE coalesce($rank_by, 'score') WHEN 'jaccard' THEN jaccard WHEN 'overlap_coefficient' THEN overlap_coefficient
                      WHEN 'shared' THEN toFloat(shared) ELSE score END DESC,
         shared DESC, a_id, b_id
