// name: app_entities
// title: Partnerships, organisations or posts to profile
// description: The profile page's picker, ranked and cut on the server: the partnerships, organisations or posts (kind) of a region, at most limit of them, each row with total (how many match). search keeps only those whose id, name, short name or job title contains the text (any case); a person's display name is never searched.
// description: active_count is, for a partnership, the member organisations with a membership active on as_of (0 when the partnership itself is not active); for an organisation, the active partnerships it is an active member of; for a post, the active partnerships it holds an active seat on. active is true when the partnership is active on as_of, or when active_count > 0 for an organisation or post.
// description: Ranking rule: active first; with a region, partnerships whose whole footprint (COVERS) lies inside the region (inside) before wider and national ones; then active_count, most first; then name and id. The first row of the unfiltered list is the entity the profile page opens on: in a region, the active regional partnership with the most member organisations.
// description: short_name_cy is the Welsh abbreviation of a partnership or organisation (none: Welsh pages show its Welsh name); for a post, its employer's Welsh abbreviation, else the employer's Welsh name.
// param: kind str = partnership | What to list: one of partnership, organisation, person
// param: region str = null | Region id (an Area id); null means all regions
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: search str = null | Only entities whose id, name, short name or job title contains this text (any case)
// param: limit int = 50 | Most entities returned (null: all)
// example: tirlun query run app_entities --param kind=organisation --param region=ctm --param limit=10
WITH coalesce($as_of, date()) AS as_of, coalesce($kind, 'partnership') AS kind,
     toLower(trim(coalesce($search, ''))) AS needle
CALL (as_of, kind, needle) {
  MATCH (p:Partnership)
  WHERE kind = 'partnership' AND ($region IS NULL OR p.region = $region)
    AND (needle = '' OR any(s IN [p.id, p.name_en, p.name_cy, p.short_name, p.short_name_cy] WHERE toLower(coalesce(s, '')) CONTAINS needle))
  WITH p, as_of, (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of) AS active
  RETURN p.id AS id, p.name_en AS name_en, p.name_cy AS name_cy, p.short_name AS short_name,
         p.short_name_cy AS short_name_cy,
         null AS organisation_id, null AS display_name, active,
         ($region IS NULL OR NOT EXISTS {
            MATCH (p)-[:COVERS]->(a:Area)
            WHERE NOT (a.id = $region OR EXISTS { MATCH path = (a)-[:PART_OF*1..6]->(:Area {id: $region}) WHERE all(link IN relationships(path) WHERE (link.since IS NULL OR link.since <= as_of) AND (link.until IS NULL OR link.until >= as_of)) }) }) AS inside,
         CASE WHEN active THEN size(COLLECT {
           MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
           WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
           RETURN DISTINCT o.id }) ELSE 0 END AS active_count
  UNION ALL
  MATCH (o:Organisation)
  WHERE kind = 'organisation'
    AND ($region IS NULL
         OR EXISTS { (o)-[:MEMBER_OF]->(p:Partnership) WHERE p.region = $region }
         OR EXISTS { (o)<-[:WORKS_FOR]-(x:Person) WHERE x.region = $region })
    AND (needle = '' OR any(s IN [o.id, o.name_en, o.name_cy, o.short_name, o.short_name_cy] WHERE toLower(coalesce(s, '')) CONTAINS needle))
  WITH o, size(COLLECT {
    MATCH (o)-[r:MEMBER_OF]->(p:Partnership)
    WHERE ($region IS NULL OR p.region = $region)
      AND (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
      AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of)
    RETURN DISTINCT p.id }) AS active_count
  RETURN o.id AS id, o.name_en AS name_en, o.name_cy AS name_cy, o.short_name AS short_name,
         o.short_name_cy AS short_name_cy,
         null AS organisation_id, null AS display_name, active_count > 0 AS active, true AS inside, active_count
  UNION ALL
  MATCH (x:Person)
  WHERE kind = 'person' AND ($region IS NULL OR x.region = $region)
  OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
  WITH x, o
  WHERE needle = '' OR any(s IN [x.id, x.job_title_en, x.job_title_cy, o.short_name, o.short_name_cy, o.name_en, o.name_cy]
                           WHERE toLower(coalesce(s, '')) CONTAINS needle)
  WITH x, o, size(COLLECT {
    MATCH (x)-[s:SITS_ON]->(p:Partnership)
    WHERE (s.since IS NULL OR s.since <= as_of) AND (s.until IS NULL OR s.until >= as_of)
      AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of)
    RETURN DISTINCT p.id }) AS active_count
  RETURN x.id AS id, x.job_title_en AS name_en, x.job_title_cy AS name_cy, o.short_name AS short_name,
         coalesce(o.short_name_cy, o.name_cy, o.name_en) AS short_name_cy,
         o.id AS organisation_id, x.display_name AS display_name, active_count > 0 AS active, true AS inside, active_count
}
WITH id, name_en, name_cy, short_name, short_name_cy, organisation_id, display_name, active, inside, active_count
ORDER BY active DESC, inside DESC, active_count DESC, name_en, id
WITH collect({id: id, name_en: name_en, name_cy: name_cy, short_name: short_name, short_name_cy: short_name_cy, organisation_id: organisation_id,
              display_name: display_name, active: active, inside: inside, active_count: active_count}) AS rows
WITH rows, size(rows) AS total
UNWIND rows[..coalesce($limit, total)] AS r
RETURN r.id AS id, r.name_en AS name_en, r.name_cy AS name_cy, r.short_name AS short_name, r.short_name_cy AS short_name_cy,
       r.organisation_id AS organisation_id, r.display_name AS display_name, r.active AS active, r.inside AS inside,
       r.active_count AS active_count, total
