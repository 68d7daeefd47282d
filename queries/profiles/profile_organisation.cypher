// name: profile_organisation
// title: Organisation profile
// description: Everything the graph holds about one organisation, in one row for its profile page: names, sector and org_type, the areas it serves, its memberships (each with role, dates and whether active on as_of), the partnerships it chairs or provides the secretariat for, its posts (with their seats), the datasets it holds and its meeting load over the 12 months up to as_of.
// description: active_partnerships counts distinct partnerships, active on as_of, where it has an active membership. meetings_12m and meeting_hours_12m are the meetings and person-hours of its posts at meetings attended or deputised (meetings_sourced_12m: how many of those meetings are not illustrative; attendance_12m the attendance records meeting_hours_12m adds up, attendance_sourced_12m those not illustrative). No row means no organisation has that id.
// description: Bounded: with limit, every list holds at most limit items (memberships active first, posts with the most active seats first) and counts maps each list's name to its full length; the figures above are always computed from the full lists.
// description: evidence_total counts the active memberships (what the profile's sentence rests on) and evidence_sourced those not illustrative.
// param: id str | Organisation id
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: limit int = null | Most items in each list (null: every item); counts holds each list's full length
// example: tirlun query run profile_organisation --param id=rctcbc
WITH coalesce($as_of, date()) AS as_of
MATCH (o:Organisation {id: $id})
WITH o, as_of,
     COLLECT {
       MATCH (o)-[:SERVES]->(a:Area)
       RETURN {id: a.id, name: a.name_en, name_cy: coalesce(a.name_cy, a.name_en), kind: a.kind} AS item ORDER BY a.id
     } AS areas,
     COLLECT {
       MATCH (o)-[r:MEMBER_OF]->(p:Partnership)
       WITH p, r, (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
              AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of) AS active
       RETURN {partnership_id: p.id, name: p.name_en, name_cy: coalesce(p.name_cy, p.name_en), kind: p.kind,
               role: r.role, since: r.since, until: r.until, active: active, sourced: r.illustrative = false} AS item
       ORDER BY active DESC, p.id, r.role
     } AS memberships,
     COLLECT {
       MATCH (o)-[:CHAIRS]->(p:Partnership)
       RETURN {partnership_id: p.id, name: p.name_en, name_cy: coalesce(p.name_cy, p.name_en)} AS item ORDER BY p.id
     } AS chairs,
     COLLECT {
       MATCH (o)-[:SECRETARIAT_FOR]->(p:Partnership)
       RETURN {partnership_id: p.id, name: p.name_en, name_cy: coalesce(p.name_cy, p.name_en)} AS item ORDER BY p.id
     } AS secretariat_for,
     COLLECT {
       MATCH (x:Person)-[:WORKS_FOR]->(o)
       WITH x, COLLECT { MATCH (x)-[s:SITS_ON]->(p:Partnership)
                         WHERE (s.since IS NULL OR s.since <= as_of) AND (s.until IS NULL OR s.until >= as_of)
                         RETURN p.id ORDER BY p.id } AS seats
       RETURN {id: x.id, job_title: x.job_title_en, job_title_cy: coalesce(x.job_title_cy, x.job_title_en),
               display_name: x.display_name, seats: seats} AS item
       ORDER BY size(seats) DESC, x.id
     } AS posts,
     COLLECT {
       MATCH (d:Dataset)-[:HELD_BY]->(o)
       RETURN {id: d.id, name: d.name_en, name_cy: coalesce(d.name_cy, d.name_en), kind: d.kind,
               personal_data: d.kind = 'personal', form: d.form,
               flows_to: COLLECT { MATCH (d)-[:FLOWS_TO]->(t) RETURN t.id ORDER BY t.id }} AS item
       ORDER BY d.id
     } AS datasets_held
CALL (o, as_of) {
  OPTIONAL MATCH (x:Person)-[r:ATTENDED]->(m:Meeting)
  WHERE (x)-[:WORKS_FOR]->(o) AND r.as IN ['attended', 'deputy']
    AND m.start >= localdatetime({date: as_of - duration({months: 12})})
    AND m.start < localdatetime({date: as_of + duration({days: 1})})
  RETURN count(DISTINCT m) AS meetings_12m, count(DISTINCT CASE WHEN m.illustrative = false THEN m END) AS meetings_sourced_12m,
         coalesce(sum(m.duration_hours), 0) AS meeting_hours_12m, count(r) AS attendance_12m,
         count(CASE WHEN r.illustrative = false THEN 1 END) AS attendance_sourced_12m
}
WITH o, areas, memberships, chairs, secretariat_for, posts, datasets_held, meetings_12m, meetings_sourced_12m,
     meeting_hours_12m, attendance_12m, attendance_sourced_12m,
     coalesce($limit, 2147483647) AS lim,
     size(COLLECT { UNWIND memberships AS ms WITH ms WHERE ms.active RETURN DISTINCT ms.partnership_id }) AS active_partnerships
RETURN o.id AS id, o.name_en AS name, coalesce(o.name_cy, o.name_en) AS name_cy, o.short_name AS short_name,
       o.short_name_cy AS short_name_cy,
       o.sector AS sector, o.org_type AS org_type, o.statutory AS statutory,
       areas[..lim] AS areas, active_partnerships,
       size([m IN memberships WHERE m.active AND m.sourced]) AS evidence_sourced,
       size([m IN memberships WHERE m.active]) AS evidence_total, memberships[..lim] AS memberships, chairs[..lim] AS chairs,
       secretariat_for[..lim] AS secretariat_for, posts[..lim] AS posts, datasets_held[..lim] AS datasets_held,
       meetings_12m, meetings_sourced_12m, meeting_hours_12m, attendance_12m, attendance_sourced_12m, o.source AS source, o.as_of AS source_as_of, o.illustrative AS illustrative,
       {areas: size(areas), memberships: size(memberships), chairs: size(chairs), secretariat_for: size(secretariat_for),
        posts: size(posts), datasets_held: size(datasets_held)} AS counts
