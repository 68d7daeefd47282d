// name: statutory_gaps
// title: Statutory membership gaps
// description: Active boards that lack a type of member the law that sets them up prescribes.
// description: Rule: a law prescribes the membership of the body it sets up, so a finding needs all three: the partnership is set up under the law (SET_UP_UNDER, not DISCHARGES_DUTY_UNDER: a body that discharges a duty a law places on others, such as an Area Planning Board under the Crime and Disorder Act 1998 s.6, is not constituted by it and is never judged); it is at level board (a missing level counts as board, the loader's default; sub-groups and task-and-finish groups inherit nothing from their board's law); and the law prescribes members (Legislation.required_member_types). For each such board, law and organisation type the board is checked for an organisation of that org_type with a membership active on as_of.
// description: Each row cites the section that prescribes the membership (members_section; citation and title as well) and the section that sets the body up (set_up_section). status missing: no organisation of that type is an active member at all. status invited_only: organisations of that type take part only as invited_participant, which is not full membership; invited lists them. evidence lists the rows the finding rests on (the partnership row, the legislation row and any membership rows of that type), each with its table, key, source, as_of and illustrative flag. Rows are sorted by partnership, legislation and org_type (each board's gaps together), at most limit rows; total counts every gap and boards the boards with at least one. limit null returns every gap (for downloads).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: limit int = 200 | Most rows returned (null: every gap)
// example: tirlun query run statutory_gaps --param region=ctm
WITH coalesce($as_of, date()) AS as_of
MATCH (p:Partnership)-[set_up:SET_UP_UNDER]->(l:Legislation)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND coalesce(p.level, 'board') = 'board'
  AND size(coalesce(l.required_member_types, [])) > 0
UNWIND l.required_member_types AS org_type
CALL (p, as_of, org_type) {
  OPTIONAL MATCH (o:Organisation {org_type: org_type})-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until > as_of)
  WITH o, collect(r) AS rels
  WITH o, rels, [r IN rels | {table: 'memberships', key: o.id + ' / ' + p.id + ' / ' + r.role,
                              source: r.source, as_of: r.as_of, illustrative: r.illustrative}] AS rows
  ORDER BY o.name_en
  RETURN count(o) AS members,
         count(CASE WHEN any(r IN rels WHERE r.role <> 'invited_participant') THEN o END) AS full_members,
         collect(o.name_en) AS invited, collect(coalesce(o.name_cy, o.name_en)) AS invited_cy,
         collect(rows) AS member_rows
}
WITH p, l, set_up, org_type, members, full_members, invited, invited_cy, member_rows
WHERE full_members = 0
WITH p, l, set_up, org_type, members, invited, invited_cy, member_rows
ORDER BY p.id, l.id, org_type
WITH collect({p: p, l: l, s: set_up, org_type: org_type, members: members, invited: invited, invited_cy: invited_cy,
              member_rows: member_rows}) AS gaps
WITH gaps, size(gaps) AS total, size(COLLECT { UNWIND gaps AS g RETURN DISTINCT g.p }) AS boards
UNWIND gaps[0..coalesce($limit, total)] AS g
WITH g.p AS p, g.l AS l, g.s AS s, g.org_type AS org_type, g.members AS members, g.invited AS invited,
     g.invited_cy AS invited_cy, g.member_rows AS member_rows, total, boards
RETURN p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy,
       p.level AS level,
       l.id AS legislation_id, l.title_en AS legislation_title, coalesce(l.title_cy, l.title_en) AS legislation_title_cy,
       l.citation AS citation, l.members_section AS members_section, s.section AS set_up_section, org_type,
       CASE WHEN members = 0 THEN 'missing' ELSE 'invited_only' END AS status,
       invited, invited_cy,
       [{table: 'partnerships', key: p.id, source: p.source, as_of: p.as_of, illustrative: p.illustrative},
        {table: 'legislation', key: l.id, source: l.source, as_of: l.as_of, illustrative: l.illustrative}]
         + reduce(acc = [], rows IN member_rows | acc + rows) AS evidence,
       total, boards
