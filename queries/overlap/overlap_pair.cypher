// name: overlap_pair
// title: One pair side by side
// description: The active members of partnerships a and b on as_of (organisations, posts or remit themes), one row each, with in_a and in_b saying where each sits: in both, only in a, only in b. Bounded by the two partnerships' own members.
// description: short_name_cy (posts) is the employer as a Welsh label names it: its Welsh abbreviation, else its Welsh name.
// param: a str | First partnership id
// param: b str | Second partnership id
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (kept for a common parameter set; a and b decide)
// param: members str = organisations | What counts as a member: one of organisations, people, themes
WITH coalesce($as_of, date()) AS as_of, coalesce($members, 'organisations') AS members, $region AS region
MATCH (p:Partnership) WHERE p.id IN [$a, $b]
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
WITH m, collect(DISTINCT p.id) AS holders
OPTIONAL MATCH (m:Person)-[:WORKS_FOR]->(o:Organisation)
WITH m, holders, head(collect(o)) AS o
RETURN m.id AS id,
       CASE WHEN m:Person THEN 'person' WHEN m:Theme THEN 'theme' ELSE 'organisation' END AS kind,
       m.name_en AS name_en, m.name_cy AS name_cy,
       m.job_title_en AS job_title_en, m.job_title_cy AS job_title_cy, m.display_name AS display_name,
       o.id AS organisation_id, o.short_name AS short_name,
       coalesce(o.short_name_cy, o.name_cy, o.name_en) AS short_name_cy,
       $a IN holders AS in_a, $b IN holders AS in_b
ORDER BY id
