// name: overlap_matrix
// title: Overlap among chosen partnerships
// description: Every pair among the partnerships in ids (a_id < b_id) with its shared members, sizes, jaccard, overlap_coefficient and score, as partnership_overlap defines them; pairs that share nothing are returned with 0, so a heatmap of K partnerships gets all K(K-1)/2 cells. Bounded by the list given. What a cell rests on: evidence_rows, the rows that make its shared members (each shared member's membership, seat or theme row in each of the two partnerships: 2 x shared), and evidence_sourced, how many of them are not illustrative (a member counts as sourced in a partnership when any of its rows there is).
// param: ids list | Partnership ids
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (unused filter kept for a common parameter set; ids decide)
// param: members str = organisations | What counts as a member: one of organisations, people, themes
WITH coalesce($as_of, date()) AS as_of, coalesce($members, 'organisations') AS members, $region AS region
MATCH (p:Partnership) WHERE p.id IN $ids
CALL (p, as_of, members) {
  MATCH (m)-[r:MEMBER_OF|SITS_ON]->(p)
  WHERE members <> 'themes'
    AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
    AND ((members = 'organisations' AND m:Organisation) OR (members = 'people' AND m:Person))
  RETURN m, r.illustrative = false AS sourced
  UNION
  MATCH (p)-[r:HAS_THEME]->(m:Theme)
  WHERE members = 'themes'
  RETURN m, coalesce(r.illustrative, p.illustrative) = false AS sourced
}
WITH p, collect(DISTINCT elementId(m)) AS ms, collect(DISTINCT CASE WHEN sourced THEN elementId(m) END) AS src
WITH collect({id: p.id, ms: ms, src: src}) AS ps
UNWIND ps AS a
UNWIND ps AS b
WITH a, b WHERE a.id < b.id
WITH a, b, [x IN a.ms WHERE x IN b.ms] AS both, size(a.ms) AS a_size, size(b.ms) AS b_size
WITH a, b, both, size(both) AS shared, a_size, b_size, a_size + b_size - size(both) AS either
RETURN a.id AS a_id, b.id AS b_id, shared, a_size, b_size,
       2 * shared AS evidence_rows,
       size([x IN both WHERE x IN a.src]) + size([x IN both WHERE x IN b.src]) AS evidence_sourced,
       CASE WHEN either = 0 THEN 0.0 ELSE toFloat(shared) / either END AS jaccard,
       CASE WHEN a_size = 0 OR b_size = 0 THEN 0.0
            ELSE toFloat(shared) / CASE WHEN a_size < b_size THEN a_size ELSE b_size END END AS overlap_coefficient,
       toFloat(shared) / (either + 2) AS score
ORDER BY a_id, b_id
