// name: assessment_partnerships
// title: Partnerships to self-assess
// description: The self-assessment page's picker, ranked and cut on the server: partnerships active on as_of (in the region, if given), at most limit of them, each row with total (how many match). search keeps only those whose id, name or short name contains the text (any case).
// description: assessments counts the partnership's assessments dated on or before as_of, latest is the date of the newest, frameworks lists the frameworks (spat, maef) they score; members counts the organisations with a membership active on as_of.
// description: Ranking rule: partnerships with an assessment first, the most recently assessed first; ties: more member organisations, then name and id. The first row is the partnership the page opens on.
// param: region str = null | Region id (an Area id); null means all regions
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: search str = null | Only partnerships whose id, name or short name contains this text (any case)
// param: limit int = 200 | Most partnerships returned (null: all)
// example: tirlun query run assessment_partnerships --param region=ctm --param limit=5
WITH coalesce($as_of, date()) AS as_of, toLower(trim(coalesce($search, ''))) AS needle
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND (needle = '' OR any(s IN [p.id, p.name_en, p.name_cy, p.short_name] WHERE toLower(coalesce(s, '')) CONTAINS needle))
CALL (p, as_of) {
  OPTIONAL MATCH (a:Assessment)-[:ASSESSES]->(p)
  WHERE a.date IS NULL OR a.date <= as_of
  OPTIONAL MATCH (a)-[:SCORED]->(c:Criterion)
  RETURN count(DISTINCT a) AS assessments, max(a.date) AS latest, collect(DISTINCT c.framework) AS frameworks
}
WITH p, assessments, latest, as_of,
     COLLECT { UNWIND frameworks AS f RETURN f ORDER BY f } AS frameworks,
     size(COLLECT {
       MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
       WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
       RETURN DISTINCT o.id }) AS members
ORDER BY assessments > 0 DESC, latest DESC, members DESC, p.name_en, p.id
WITH collect({id: p.id, name_en: p.name_en, name_cy: p.name_cy, short_name: p.short_name, assessments: assessments,
              latest: latest, frameworks: frameworks, members: members}) AS rows
WITH rows, size(rows) AS total
UNWIND rows[..coalesce($limit, total)] AS r
RETURN r.id AS id, r.name_en AS name_en, r.name_cy AS name_cy, r.short_name AS short_name,
       r.assessments AS assessments, r.latest AS latest, r.frameworks AS frameworks, r.members AS members, total
