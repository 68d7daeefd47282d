// name: statutory_invitations
// title: Statutory invitations and representative members
// description: For each active PSB, the persons s.30(1) of the Well-being of Future Generations (Wales) Act 2015 says it must invite, each listed as invited or not; for each active RPB, the representative members of the Partnership Arrangements (Wales) Regulations 2015, which the data cannot check.
// description: PSB (kind psb, level board, set up under a law): s.30(1)(a) the Welsh Ministers (org_type welsh_government), (b) the chief constable of the police force (police_force) and (c) the police and crime commissioner (police_and_crime_commissioner) for a police area any part of which falls within the local authority area, (d) the probation provider for the area (probation_service), (e) at least one body representing relevant voluntary organisations (county_voluntary_council). The bodies are named from the graph as statutory_gaps names them (organisations of that type that SERVE the footprint's local authority areas or an area they are PART_OF on as_of); status invited when the body takes part in the board in any role (MEMBER_OF active on as_of; an invited participant is not a member, s.30 invitations make participants), not_invited when it does not. Where the graph names no body of a type, one row without a body says whether any organisation of that type takes part. Not taking part is not a gap: the data cannot tell an invitation declined from one never sent.
// description: RPB (kind rpb, level board, set up under a law): the representative members of reg 11(1)(e)-(h) (third sector, care providers, people who need care and support, carers) are people, not organisation types, and the data records no representative roles, so each row has status cannot_be_checked. Rows are sorted by partnership, provision and body name, at most limit rows; total counts every row. limit null returns every row.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: limit int = 200 | Most rows returned (null: every row)
// example: tirlun query run statutory_invitations --param region=ctm
WITH coalesce($as_of, date()) AS as_of,
     [{provision: 's.30(1)(a)', item: 'welsh_government'}, {provision: 's.30(1)(b)', item: 'police_force'},
      {provision: 's.30(1)(c)', item: 'police_and_crime_commissioner'},
      {provision: 's.30(1)(d)', item: 'probation_service'},
      {provision: 's.30(1)(e)', item: 'county_voluntary_council'}] AS invitees,
     ['third_sector', 'care_providers', 'service_users', 'carers'] AS representatives
MATCH (p:Partnership)
WHERE p.kind IN ['psb', 'rpb']
  AND ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
  AND coalesce(p.level, 'board') = 'board'
  AND EXISTS { (p)-[:SET_UP_UNDER]->(:Legislation) }
CALL (p, as_of, invitees, representatives) {
  WITH * WHERE p.kind = 'rpb'
  UNWIND representatives AS item
  RETURN 'reg 11(1)(e)-(h)' AS provision, item, null AS body, [] AS for_areas, [] AS for_areas_cy,
         'cannot_be_checked' AS status, [] AS member_rows
  UNION
  WITH * WHERE p.kind = 'psb'
  CALL (p, as_of) {
    OPTIONAL MATCH (p)-[:COVERS]->(a:Area)
    OPTIONAL MATCH down = (la:Area {kind: 'local_authority'})-[:PART_OF*0..4]->(a)
    WHERE all(r IN relationships(down) WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of))
    WITH collect(DISTINCT a) AS covered, collect(DISTINCT la) AS las
    RETURN CASE WHEN size(las) > 0 THEN las ELSE covered END AS places
  }
  UNWIND invitees AS invitee
  CALL (as_of, invitee, places) {
    UNWIND places AS place
    MATCH up = (place)-[:PART_OF*0..4]->(served:Area)
    WHERE all(r IN relationships(up) WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of))
    MATCH (o:Organisation {org_type: invitee.item})-[:SERVES]->(served)
    WITH DISTINCT o, place
    ORDER BY place.name_en
    WITH o, collect(place.name_en) AS for_areas, collect(coalesce(place.name_cy, place.name_en)) AS for_areas_cy
    RETURN collect({o: o, for_areas: for_areas, for_areas_cy: for_areas_cy}) AS named
  }
  UNWIND CASE WHEN size(named) = 0 THEN [null] ELSE named END AS target
  CALL (p, as_of, invitee, target) {
    OPTIONAL MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
    WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
      AND CASE WHEN target IS NULL THEN o.org_type = invitee.item ELSE o = target.o END
    RETURN count(r) AS taking_part,
           collect(CASE WHEN r IS NOT NULL THEN {table: 'memberships', key: o.id + ' / ' + p.id + ' / ' + r.role,
                    source: r.source, as_of: r.as_of, illustrative: r.illustrative} END) AS member_rows
  }
  RETURN invitee.provision AS provision, invitee.item AS item, target.o AS body,
         coalesce(target.for_areas, []) AS for_areas, coalesce(target.for_areas_cy, []) AS for_areas_cy,
         CASE WHEN taking_part > 0 THEN 'invited' ELSE 'not_invited' END AS status, member_rows
}
WITH p, provision, item, body, for_areas, for_areas_cy, status, member_rows
ORDER BY p.id, provision, body.name_en, item
WITH collect({p: p, provision: provision, item: item, body: body, for_areas: for_areas, for_areas_cy: for_areas_cy,
              status: status, member_rows: member_rows}) AS rows
WITH rows, size(rows) AS total
UNWIND rows[0..coalesce($limit, total)] AS row
WITH row.p AS p, row.body AS body, row, total
RETURN p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy,
       p.kind AS kind, row.provision AS provision, row.item AS item,
       body.id AS body_id, body.name_en AS body_name, coalesce(body.name_cy, body.name_en) AS body_name_cy,
       row.for_areas AS for_areas, row.for_areas_cy AS for_areas_cy, row.status AS status,
       [{table: 'partnerships', key: p.id, source: p.source, as_of: p.as_of, illustrative: p.illustrative}]
         + CASE WHEN body IS NULL THEN []
                ELSE [{table: 'organisations', key: body.id, source: body.source, as_of: body.as_of,
                       illustrative: body.illustrative}] END
         + row.member_rows AS evidence,
       total
