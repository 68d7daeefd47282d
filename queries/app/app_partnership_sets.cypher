// name: app_partnership_sets
// title: Members, posts and themes of each partnership
// title_cy: Aelodau, swyddi a themâu pob partneriaeth
// description: For each active partnership of a region: its member organisations, the posts sitting on it and its remit
// description: themes, so a chosen pair can be compared side by side.
// description_cy: Ar gyfer pob partneriaeth weithredol mewn rhanbarth: ei sefydliadau sy'n aelodau, y swyddi sy'n eistedd
// description_cy: arni a themâu ei chylch gwaith, fel y gellir cymharu pâr ochr yn ochr.
// param: region str = null | Region id (empty: every region)
// param: as_of date = today | Date the landscape is viewed at
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= $as_of)
  AND (p.dissolved IS NULL OR p.dissolved > $as_of)
CALL (p) {
  OPTIONAL MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until > $as_of)
  WITH DISTINCT o WHERE o IS NOT NULL
  RETURN collect({id: o.id, name_en: o.name_en, name_cy: o.name_cy, short_name: o.short_name, sector: o.sector}) AS organisations
}
CALL (p) {
  OPTIONAL MATCH (x:Person)-[s:SITS_ON]->(p)
  WHERE (s.since IS NULL OR s.since <= $as_of) AND (s.until IS NULL OR s.until > $as_of)
  OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
  WITH DISTINCT x, o WHERE x IS NOT NULL
  RETURN collect({id: x.id, name_en: x.job_title_en, name_cy: x.job_title_cy, display_name: x.display_name,
                  short_name: o.short_name, organisation_id: o.id}) AS people
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_THEME]->(t:Theme)
  WITH DISTINCT t WHERE t IS NOT NULL
  RETURN collect({id: t.id, name_en: t.name_en, name_cy: t.name_cy}) AS themes
}
RETURN p.id AS id, p.name_en AS name_en, p.name_cy AS name_cy, p.short_name AS short_name, p.kind AS kind,
       p.level AS level, p.meeting_frequency AS meeting_frequency, p.meeting_hours AS meeting_hours,
       organisations, people, themes
ORDER BY name_en
