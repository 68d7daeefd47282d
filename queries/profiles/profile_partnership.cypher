// name: profile_partnership
// title: Partnership profile
// description: Everything the graph holds about one partnership, in one row for its profile page: its properties, whether it is active on as_of, legislation, footprint and themes, its place in the structure (parent, sub-groups, reporting lines, predecessors and successors), chair and secretariat, members and seats (each with role, dates and whether active on as_of), meetings, datasets and self-assessments.
// description: active_members and active_seats count distinct organisations and posts active on as_of. meetings_12m and person_hours_12m cover meetings starting in the 12 months up to as_of (meetings_sourced_12m: how many of those meetings are not illustrative; attendance_12m the attended or deputy records person_hours_12m adds up, attendance_sourced_12m those not illustrative); next_meeting is the first one after as_of. missing_member_types lists the org_types its legislation requires that no active member (other than an invited participant) supplies. No row means no partnership has that id.
// description: Bounded: with limit, every list holds at most limit items (members and seats active first, assessments latest first) and counts maps each list's name to its full length; the figures above are always computed from the full lists.
// description: evidence_total counts the active memberships (what the profile's sentence rests on) and evidence_sourced those not illustrative; seats_total and seats_sourced do the same for the active seats; a membership or seat is active only while the partnership exists (established on or before as_of, not dissolved), whatever its own dates.
// param: id str | Partnership id
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: limit int = null | Most items in each list (null: every item); counts holds each list's full length
// example: tirlun query run profile_partnership --param id=ctm-psb
WITH coalesce($as_of, date()) AS as_of
MATCH (p:Partnership {id: $id})
WITH p, as_of,
     localdatetime({date: as_of - duration({months: 12})}) AS year_start,
     localdatetime({date: as_of + duration({days: 1})}) AS day_after
WITH p, as_of, year_start, day_after,
     (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of) AS active,
     COLLECT {
       MATCH (p)-[:SET_UP_UNDER]->(l:Legislation)
       RETURN {id: l.id, title: l.title_en, title_cy: coalesce(l.title_cy, l.title_en), year: l.year,
               citation: l.citation, required_member_types: l.required_member_types} AS item ORDER BY l.year, l.id
     } AS legislation,
     COLLECT {
       MATCH (p)-[:COVERS]->(a:Area)
       RETURN {id: a.id, name: a.name_en, name_cy: coalesce(a.name_cy, a.name_en), kind: a.kind} AS item ORDER BY a.id
     } AS areas,
     COLLECT {
       MATCH (p)-[:HAS_THEME]->(t:Theme)
       RETURN {id: t.id, name: t.name_en, name_cy: coalesce(t.name_cy, t.name_en)} AS item ORDER BY t.id
     } AS themes,
     COLLECT {
       MATCH (p)-[:SUBGROUP_OF]->(q:Partnership)
       RETURN {id: q.id, name: q.name_en, name_cy: coalesce(q.name_cy, q.name_en)} AS item ORDER BY q.id
     } AS parent,
     COLLECT {
       MATCH (q:Partnership)-[:SUBGROUP_OF]->(p)
       RETURN {id: q.id, name: q.name_en, name_cy: coalesce(q.name_cy, q.name_en), level: q.level} AS item ORDER BY q.id
     } AS subgroups,
     COLLECT {
       MATCH (p)-[:REPORTS_TO]->(q:Partnership)
       RETURN {id: q.id, name: q.name_en, name_cy: coalesce(q.name_cy, q.name_en)} AS item ORDER BY q.id
     } AS reports_to,
     COLLECT {
       MATCH (q:Partnership)-[:REPORTS_TO]->(p)
       RETURN {id: q.id, name: q.name_en, name_cy: coalesce(q.name_cy, q.name_en)} AS item ORDER BY q.id
     } AS reported_to_by,
     COLLECT {
       MATCH (q:Partnership)-[:SUCCEEDED_BY]->(p)
       RETURN {id: q.id, name: q.name_en, name_cy: coalesce(q.name_cy, q.name_en), dissolved: q.dissolved} AS item ORDER BY q.id
     } AS predecessors,
     COLLECT {
       MATCH (p)-[:SUCCEEDED_BY]->(q:Partnership)
       RETURN {id: q.id, name: q.name_en, name_cy: coalesce(q.name_cy, q.name_en), established: q.established} AS item ORDER BY q.id
     } AS successors,
     COLLECT {
       MATCH (o:Organisation)-[:CHAIRS]->(p)
       RETURN {id: o.id, name: o.name_en, name_cy: coalesce(o.name_cy, o.name_en)} AS item ORDER BY o.id
     } AS chair,
     COLLECT {
       MATCH (o:Organisation)-[:SECRETARIAT_FOR]->(p)
       RETURN {id: o.id, name: o.name_en, name_cy: coalesce(o.name_cy, o.name_en)} AS item ORDER BY o.id
     } AS secretariat,
     COLLECT {
       MATCH (o:Organisation)-[r:MEMBER_OF]->(p)
       // Current only while the board exists: a membership dated before it was established is not current.
       WITH o, r, (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until >= as_of)
              AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of) AS is_active
       RETURN {id: o.id, name: o.name_en, name_cy: coalesce(o.name_cy, o.name_en), org_type: o.org_type,
               role: r.role, since: r.since, until: r.until, active: is_active, sourced: r.illustrative = false} AS item
       ORDER BY is_active DESC, o.id, r.role
     } AS members,
     COLLECT {
       MATCH (x:Person)-[s:SITS_ON]->(p)
       OPTIONAL MATCH (rep:Organisation {id: s.representing})
       WITH x, s, rep, (s.since IS NULL OR s.since <= as_of) AND (s.until IS NULL OR s.until >= as_of)
              AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of) AS is_active
       RETURN {id: x.id, job_title: x.job_title_en, job_title_cy: coalesce(x.job_title_cy, x.job_title_en),
               display_name: x.display_name, role: s.role, representing: s.representing, representing_name: rep.name_en,
               representing_name_cy: coalesce(rep.short_name_cy, rep.name_cy, rep.name_en),
               since: s.since, until: s.until, active: is_active, sourced: s.illustrative = false} AS item
       ORDER BY is_active DESC, x.id, s.role
     } AS seats,
     COLLECT {
       MATCH (d:Dataset)-[:PRODUCED_FOR]->(p)
       OPTIONAL MATCH (d)-[:HELD_BY]->(o:Organisation)
       RETURN {id: d.id, name: d.name_en, name_cy: coalesce(d.name_cy, d.name_en), holder: o.id} AS item ORDER BY d.id
     } AS datasets_produced,
     COLLECT {
       MATCH (d:Dataset)-[f:FLOWS_TO]->(p)
       OPTIONAL MATCH (d)-[:HELD_BY]->(o:Organisation)
       RETURN {id: d.id, name: d.name_en, name_cy: coalesce(d.name_cy, d.name_en), holder: o.id,
               protocol: f.protocol, protocol_ref: f.protocol_ref} AS item ORDER BY d.id
     } AS datasets_received,
     COLLECT {
       MATCH (a:Assessment)-[:ASSESSES]->(p)
       WHERE a.date IS NULL OR a.date <= as_of
       MATCH (a)-[s:SCORED]->(:Criterion)
       WITH a, avg(toFloat(s.score)) AS mean_score, count(s) AS criteria
       RETURN {id: a.id, date: a.date, criteria: criteria, mean_score: mean_score} AS item ORDER BY a.date DESC, a.id DESC
     } AS assessments
CALL (p, year_start, day_after) {
  OPTIONAL MATCH (m:Meeting)-[:MEETING_OF]->(p)
  WHERE m.start >= year_start AND m.start < day_after
  WITH m, COUNT { (m)<-[r:ATTENDED]-(:Person) WHERE r.as IN ['attended', 'deputy'] } AS attendees,
       COUNT { (m)<-[r:ATTENDED]-(:Person) WHERE r.as IN ['attended', 'deputy'] AND r.illustrative = false } AS sourced
  RETURN count(m) AS meetings_12m, count(CASE WHEN m.illustrative = false THEN 1 END) AS meetings_sourced_12m,
         coalesce(sum(m.duration_hours * attendees), 0) AS person_hours_12m, max(m.start) AS last_meeting,
         coalesce(sum(attendees), 0) AS attendance_12m, coalesce(sum(sourced), 0) AS attendance_sourced_12m
}
CALL (p, day_after) {
  OPTIONAL MATCH (m:Meeting)-[:MEETING_OF]->(p)
  WHERE m.start >= day_after
  RETURN min(m.start) AS next_meeting
}
WITH p, as_of, active, legislation, areas, themes, parent, subgroups, reports_to, reported_to_by, predecessors,
     successors, chair, secretariat, members, seats, datasets_produced, datasets_received, assessments,
     meetings_12m, meetings_sourced_12m, person_hours_12m, attendance_12m, attendance_sourced_12m, last_meeting,
     next_meeting, coalesce($limit, 2147483647) AS lim,
     size(COLLECT { UNWIND members AS m WITH m WHERE m.active RETURN DISTINCT m.id }) AS active_members,
     size(COLLECT { UNWIND seats AS s WITH s WHERE s.active RETURN DISTINCT s.id }) AS active_seats,
     COLLECT {
       UNWIND legislation AS l
       UNWIND coalesce(l.required_member_types, []) AS t
       WITH DISTINCT t
       WHERE NOT any(m IN members WHERE m.active AND m.org_type = t AND m.role <> 'invited_participant')
       RETURN t ORDER BY t
     } AS missing_member_types
RETURN p.id AS id, p.name_en AS name, coalesce(p.name_cy, p.name_en) AS name_cy, p.short_name AS short_name,
       p.kind AS kind, p.level AS level, p.statutory AS statutory, p.region AS region, active,
       p.established AS established, p.dissolved AS dissolved, p.end_date AS end_date,
       p.terms_of_reference AS terms_of_reference, p.terms_of_reference_url AS terms_of_reference_url,
       p.review_date AS review_date, p.meeting_frequency AS meeting_frequency, p.meeting_hours AS meeting_hours,
       p.purpose_en AS purpose, coalesce(p.purpose_cy, p.purpose_en) AS purpose_cy,
       legislation[..lim] AS legislation, areas[..lim] AS areas, themes[..lim] AS themes, parent[..lim] AS parent,
       subgroups[..lim] AS subgroups, reports_to[..lim] AS reports_to, reported_to_by[..lim] AS reported_to_by,
       predecessors[..lim] AS predecessors, successors[..lim] AS successors,
       chair[..lim] AS chair, secretariat[..lim] AS secretariat, active_members, members[..lim] AS members,
       active_seats, seats[..lim] AS seats, missing_member_types,
       size([m IN members WHERE m.active AND m.sourced]) AS evidence_sourced,
       size([m IN members WHERE m.active]) AS evidence_total,
       size([s IN seats WHERE s.active AND s.sourced]) AS seats_sourced, size([s IN seats WHERE s.active]) AS seats_total,
       meetings_12m, meetings_sourced_12m, person_hours_12m, attendance_12m, attendance_sourced_12m, last_meeting,
       next_meeting,
       datasets_produced[..lim] AS datasets_produced, datasets_received[..lim] AS datasets_received,
       assessments[..lim] AS assessments,
       p.source AS source, p.as_of AS source_as_of, p.illustrative AS illustrative,
       {legislation: size(legislation), areas: size(areas), themes: size(themes), parent: size(parent),
        subgroups: size(subgroups), reports_to: size(reports_to), reported_to_by: size(reported_to_by),
        predecessors: size(predecessors), successors: size(successors), chair: size(chair),
        secretariat: size(secretariat), members: size(members), seats: size(seats),
        datasets_produced: size(datasets_produced), datasets_received: size(datasets_received),
        assessments: size(assessments)} AS counts
