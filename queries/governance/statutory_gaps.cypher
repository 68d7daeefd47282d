// name: statutory_gaps
// title: Statutory membership gaps
// title_cy: Bylchau yn yr aelodaeth statudol
// description: Active boards that lack a type of member their legislation requires.
// description: Rule: a law prescribes the membership of the body it sets up, so only partnerships at level board (a missing level counts as board, the loader's default) are judged; sub-groups and task-and-finish groups linked to the same law (SET_UP_UNDER) are not, since the law does not set their membership, and their parent board is judged instead. Each row cites the law: legislation_id, its title and citation (the sections, where the data has them). For each partnership, each law it is set up under (SET_UP_UNDER) and each organisation type that law requires (Legislation.required_member_types), the partnership is checked for an organisation of that org_type with a membership active on as_of.
// description: status missing: no organisation of that type is an active member at all. status invited_only: organisations of that type take part only as invited_participant, which is not full membership; invited lists them. Rows are sorted by partnership, legislation and org_type (a reading order: each board's gaps together), at most limit rows; total counts every gap and boards the boards with at least one. limit null returns every gap (for downloads).
// description_cy: Byrddau gweithredol heb fath o aelod y mae eu deddfwriaeth yn ei gwneud yn ofynnol.
// description_cy: Rheol: mae deddf yn pennu aelodaeth y corff y mae'n ei sefydlu, felly dim ond partneriaethau ar lefel bwrdd (board; mae lefel goll yn cyfrif fel bwrdd, rhagosodiad y llwythwr) a farnir; ni farnir is-grwpiau na grwpiau gorchwyl a gorffen sy'n gysylltiedig â'r un ddeddf (SET_UP_UNDER), gan nad yw'r ddeddf yn pennu eu haelodaeth, a bernir eu bwrdd rhiant yn lle hynny. Mae pob rhes yn dyfynnu'r ddeddf: legislation_id, ei theitl a'i chyfeiriad (yr adrannau, lle mae'r data'n eu rhoi). Ar gyfer pob partneriaeth, pob deddf y'i sefydlwyd oddi tani (SET_UP_UNDER) a phob math o sefydliad y mae'r ddeddf honno'n ei ofyn (Legislation.required_member_types), gwirir a oes gan y bartneriaeth sefydliad o'r org_type hwnnw ag aelodaeth weithredol ar as_of.
// description_cy: status missing: nid yw unrhyw sefydliad o'r math hwnnw'n aelod gweithredol o gwbl. status invited_only: dim ond fel invited_participant (cyfranogwr gwadd) y mae sefydliadau o'r math hwnnw'n cymryd rhan, nad yw'n aelodaeth lawn; mae invited yn eu rhestru. Trefnir y rhesi yn ôl partneriaeth, deddfwriaeth ac org_type (trefn ddarllen: bylchau pob bwrdd gyda'i gilydd), hyd at limit rhes; mae total yn cyfrif pob bwlch a boards y byrddau ag o leiaf un. Mae limit null yn rhoi pob bwlch (i'w lawrlwytho).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: limit int = 200 | Most rows returned (null: every gap)
// example: tirlun query run statutory_gaps --param region=ctm
WITH coalesce($as_of, date()) AS as_of
MATCH (p:Partnership)-[:SET_UP_UNDER]->(l:Legislation)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND coalesce(p.level, 'board') = 'board'
UNWIND coalesce(l.required_member_types, []) AS org_type
CALL (p, as_of, org_type) {
  OPTIONAL MATCH (o:Organisation {org_type: org_type})-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until > as_of)
  WITH o, collect(r.role) AS roles
  ORDER BY o.name_en
  RETURN count(o) AS members,
         count(CASE WHEN any(role IN roles WHERE role <> 'invited_participant') THEN o END) AS full_members,
         collect(o.name_en) AS invited, collect(coalesce(o.name_cy, o.name_en)) AS invited_cy
}
WITH p, l, org_type, members, full_members, invited, invited_cy
WHERE full_members = 0
WITH p, l, org_type, members, invited, invited_cy
ORDER BY p.id, l.id, org_type
WITH collect({p: p, l: l, org_type: org_type, members: members, invited: invited, invited_cy: invited_cy}) AS gaps
WITH gaps, size(gaps) AS total, size(COLLECT { UNWIND gaps AS g RETURN DISTINCT g.p }) AS boards
UNWIND gaps[0..coalesce($limit, total)] AS g
WITH g.p AS p, g.l AS l, g.org_type AS org_type, g.members AS members, g.invited AS invited,
     g.invited_cy AS invited_cy, total, boards
RETURN p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy,
       p.level AS level,
       l.id AS legislation_id, l.title_en AS legislation_title, coalesce(l.title_cy, l.title_en) AS legislation_title_cy,
       l.citation AS citation, org_type,
       CASE WHEN members = 0 THEN 'missing' ELSE 'invited_only' END AS status,
       invited, invited_cy, total, boards
