// name: overlap_pairs_detail
// title: Names and evidence of chosen overlapping pairs
// description: For each pair in pairs (a list of [a_id, b_id]), what partnership_overlap returns beside its counts: both partnerships' names, the shared members' names in English and in Welsh (each list sorted by its own language) and ids, and what the pair's finding rests on (evidence_total: both partnerships' active memberships, seats or remit themes, as members says; evidence_sourced: those of them not illustrative). Bounded by the pairs given: tirlun/answers/pairs.py asks it for the top pairs only.
// param: pairs list | Pairs of partnership ids, each [a_id, b_id]
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: members str = organisations | What counts as a member: one of organisations, people, themes
UNWIND $pairs AS pair
MATCH (pa:Partnership {id: pair[0]}), (pb:Partnership {id: pair[1]})
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
WITH pa, pb, evidence_total, evidence_sourced, m, head(collect(employer)) AS employer
WITH pa, pb, evidence_total, evidence_sourced, m.id AS mid,
     CASE WHEN m:Person
       THEN coalesce(m.display_name, m.job_title_en) + coalesce(', ' + coalesce(employer.short_name, employer.name_en), '')
       ELSE m.name_en END AS name,
     CASE WHEN m:Person
       THEN coalesce(m.display_name, m.job_title_cy, m.job_title_en) + coalesce(', ' + coalesce(employer.short_name_cy, employer.name_cy, employer.name_en), '')
       ELSE coalesce(m.name_cy, m.name_en) END AS name_cy
ORDER BY name, mid
WITH pa, pb, evidence_total, evidence_sourced, collect(name) AS shared_names, collect(name_cy) AS welsh, collect(mid) AS ids
CALL (welsh) { UNWIND welsh AS n WITH n ORDER BY n RETURN collect(n) AS shared_names_cy }
CALL (ids) { UNWIND ids AS i WITH i ORDER BY i RETURN collect(i) AS shared_ids }
RETURN pa.id AS a_id, pa.name_en AS a_name, coalesce(pa.name_cy, pa.name_en) AS a_name_cy, pa.short_name AS a_short, pa.short_name_cy AS a_short_cy,
       pb.id AS b_id, pb.name_en AS b_name, coalesce(pb.name_cy, pb.name_en) AS b_name_cy, pb.short_name AS b_short, pb.short_name_cy AS b_short_cy,
       shared_names, shared_names_cy, shared_ids, evidence_sourced, evidence_total
