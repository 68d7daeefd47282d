// name: partnership_freshness
// title: How fresh each partnership's data is
// description: For each partnership of a region, its latest fact (the partnership row, its memberships, seats, meetings and self-assessments, by as_of) and that fact's source; only those last updated before older_than when it is given; oldest first, cut at limit, each row with total.
// param: region str = null | Region id (null: every region)
// param: older_than date = null | Keep only partnerships whose latest fact is before this date (null: all)
// param: id str = null | One partnership only (null: every partnership of the region)
// param: limit int = 200 | Most rows returned
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region) AND ($id IS NULL OR p.id = $id)
CALL (p) {
  RETURN p.as_of AS as_of, p.source AS source, 'partnerships' AS from_table
  UNION ALL
  MATCH (:Organisation)-[r:MEMBER_OF]->(p) RETURN r.as_of AS as_of, r.source AS source, 'memberships' AS from_table
  UNION ALL
  MATCH (:Person)-[r:SITS_ON]->(p) RETURN r.as_of AS as_of, r.source AS source, 'seats' AS from_table
  UNION ALL
  MATCH (m:Meeting)-[:MEETING_OF]->(p) RETURN m.as_of AS as_of, m.source AS source, 'meetings' AS from_table
  UNION ALL
  MATCH (a:Assessment)-[:ASSESSES]->(p) RETURN a.as_of AS as_of, a.source AS source, 'assessments' AS from_table
}
WITH p, as_of, source, from_table
ORDER BY p.id, as_of DESC, from_table, source
WITH p, collect({as_of: as_of, source: source, from_table: from_table})[0] AS latest
WHERE $older_than IS NULL OR latest.as_of < $older_than
WITH p, latest ORDER BY latest.as_of, p.id
WITH collect({p: p, latest: latest}) AS found, count(*) AS total
UNWIND found[0..$limit] AS f
RETURN f.p.id AS id, f.p.name_en AS name_en, f.p.name_cy AS name_cy, f.latest.as_of AS last_updated,
       f.latest.source AS source, f.latest.from_table AS from_table, total
