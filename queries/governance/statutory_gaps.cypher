// name: statutory_gaps
// title: Statutory membership gaps
// description: Active boards that lack a body the law setting them up names for their footprint, each gap naming the missing body and citing the section.
// description: Rule: a law prescribes the membership of the body it sets up, so a finding needs all three: the partnership is set up under the law (SET_UP_UNDER, not DISCHARGES_DUTY_UNDER: a body that discharges a duty a law places on others, such as an Area Planning Board under the Crime and Disorder Act 1998 s.6, is not constituted by it and is never judged); it is at level board (a missing level counts as board, the loader's default; sub-groups and task-and-finish groups inherit nothing from their board's law); and the law prescribes members (Legislation.required_member_types: for a PSB the Well-being of Future Generations (Wales) Act 2015 s.29(2) names the local authority, the Local Health Board and the Welsh fire and rescue authority for an area any part of which falls within the local authority area, and NRW; for an RPB the Partnership Arrangements (Wales) Regulations 2015 name the local authorities and the Local Health Board of its footprint; for a community safety partnership the Crime and Disorder Act 1998 s.5(1) names the council, every chief officer of police, fire and rescue authority and Local Health Board any part of whose area lies within the area, and probation; for a safeguarding board the Social Services and Well-being (Wales) Act 2014 s.134(2) names the local authority, the chief officer of police, the Local Health Board, each NHS trust providing services in the area, and probation).
// description: Which body the law names for the footprint comes from the graph: the footprint is the local authority areas the board COVERS, or that sit in an area it covers (PART_OF, up to four steps, each link active on as_of where it has since/until; a footprint with no local authority area in it is the covered areas themselves). A body of the prescribed type is named when it SERVES one of those areas or an area one of them is PART_OF on as_of (a council only when it serves that very area: the council of each local authority area). Each named body that is not a full member with a membership active on as_of is a gap, naming the body (body_id, body_name) and the areas it is named for (for_areas). When the graph names no body of a prescribed type for the footprint (no organisation of that type SERVES it), the board is checked for any organisation of that type instead, and a gap has no body (named false).
// description: Each row cites the section that prescribes the membership (members_section; citation and title as well) and the section that sets the body up (set_up_section). status missing: the body (or, unnamed, any body of that type) is not an active member at all. status invited_only: it takes part only as invited_participant, which is not full membership; invited lists who does. evidence lists the rows the finding rests on (the partnership row, the legislation row, the named organisation row and any membership rows), each with its table, key, source, as_of and illustrative flag. Rows are sorted by partnership, legislation, org_type and body name (each board's gaps together), at most limit rows; total counts every gap and boards the boards with at least one. limit null returns every gap (for downloads).
// description: evidence_rows counts the rows every gap rests on (each row's evidence list, over all gaps, however many rows are returned) and evidence_sourced those not illustrative: what the gap count and the boards with gaps rest on.
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
CALL (p, as_of) {
  OPTIONAL MATCH (p)-[:COVERS]->(a:Area)
  OPTIONAL MATCH down = (la:Area {kind: 'local_authority'})-[:PART_OF*0..4]->(a)
  WHERE all(r IN relationships(down) WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of))
  WITH collect(DISTINCT a) AS covered, collect(DISTINCT la) AS las
  RETURN CASE WHEN size(las) > 0 THEN las ELSE covered END AS places
}
UNWIND l.required_member_types AS org_type
CALL (as_of, org_type, places) {
  UNWIND places AS place
  MATCH up = (place)-[:PART_OF*0..4]->(served:Area)
  WHERE (org_type <> 'local_authority' OR length(up) = 0)
    AND all(r IN relationships(up) WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of))
  MATCH (o:Organisation {org_type: org_type})-[:SERVES]->(served)
  // the body for the area is the nearest that serves it: a regional probation delivery unit, not also the national
  // service above it; bodies at the same distance (each NHS trust serving Wales) are each named
  WITH place, o, min(length(up)) AS distance
  WITH place, collect({o: o, d: distance}) AS found, min(distance) AS nearest
  UNWIND [f IN found WHERE f.d = nearest] AS f
  WITH DISTINCT f.o AS o, place
  ORDER BY place.name_en
  WITH o, collect(place.name_en) AS for_areas, collect(coalesce(place.name_cy, place.name_en)) AS for_areas_cy
  RETURN collect({o: o, for_areas: for_areas, for_areas_cy: for_areas_cy}) AS named
}
UNWIND CASE WHEN size(named) = 0 THEN [null] ELSE named END AS target
CALL (p, as_of, org_type, target) {
  OPTIONAL MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
  WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
    AND CASE WHEN target IS NULL THEN o.org_type = org_type ELSE o = target.o END
  WITH o, collect(r) AS rels
  WITH o, rels, [r IN rels | {table: 'memberships', key: o.id + ' / ' + p.id + ' / ' + r.role,
                              source: r.source, as_of: r.as_of, illustrative: r.illustrative}] AS rows
  ORDER BY o.name_en
  RETURN count(o) AS members,
         count(CASE WHEN any(r IN rels WHERE r.role <> 'invited_participant') THEN o END) AS full_members,
         collect(o.name_en) AS invited, collect(coalesce(o.name_cy, o.name_en)) AS invited_cy,
         collect(rows) AS member_rows
}
WITH p, l, set_up, org_type, target, members, invited, invited_cy, member_rows
WHERE full_members = 0
WITH p, l, set_up, org_type, target, members, invited, invited_cy, member_rows
ORDER BY p.id, l.id, org_type, target.o.name_en
WITH collect({p: p, l: l, s: set_up, org_type: org_type, target: target, members: members, invited: invited,
              invited_cy: invited_cy, member_rows: member_rows}) AS gaps
WITH gaps, size(gaps) AS total, size(COLLECT { UNWIND gaps AS g RETURN DISTINCT g.p }) AS boards,
     // each gap's rows, as its evidence lists them below: the board, the law, the body named, the member rows
     [g IN gaps | [g.p.illustrative, g.l.illustrative]
                  + CASE WHEN g.target.o IS NULL THEN [] ELSE [g.target.o.illustrative] END
                  + [r IN reduce(acc = [], rows IN g.member_rows | acc + rows) | r.illustrative]] AS flags
WITH gaps, total, boards, reduce(n = 0, f IN flags | n + size(f)) AS evidence_rows,
     reduce(n = 0, f IN flags | n + size([x IN f WHERE x = false])) AS evidence_sourced
UNWIND gaps[0..coalesce($limit, total)] AS g
WITH g.p AS p, g.l AS l, g.s AS s, g.org_type AS org_type, g.target AS target, g.members AS members,
     g.invited AS invited, g.invited_cy AS invited_cy, g.member_rows AS member_rows, total, boards,
     evidence_rows, evidence_sourced
WITH p, l, s, org_type, target, target.o AS body, members, invited, invited_cy, member_rows, total, boards,
     evidence_rows, evidence_sourced
RETURN p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy,
       p.level AS level,
       l.id AS legislation_id, l.title_en AS legislation_title, coalesce(l.title_cy, l.title_en) AS legislation_title_cy,
       l.citation AS citation, l.members_section AS members_section, s.section AS set_up_section, org_type,
       body IS NOT NULL AS named, body.id AS body_id, body.name_en AS body_name,
       coalesce(body.name_cy, body.name_en) AS body_name_cy,
       coalesce(target.for_areas, []) AS for_areas, coalesce(target.for_areas_cy, []) AS for_areas_cy,
       CASE WHEN members = 0 THEN 'missing' ELSE 'invited_only' END AS status,
       invited, invited_cy,
       [{table: 'partnerships', key: p.id, source: p.source, as_of: p.as_of, illustrative: p.illustrative},
        {table: 'legislation', key: l.id, source: l.source, as_of: l.as_of, illustrative: l.illustrative}]
         + CASE WHEN body IS NULL THEN []
                ELSE [{table: 'organisations', key: body.id, source: body.source, as_of: body.as_of,
                       illustrative: body.illustrative}] END
         + reduce(acc = [], rows IN member_rows | acc + rows) AS evidence,
       total, boards, evidence_rows, evidence_sourced
