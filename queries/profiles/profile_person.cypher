// name: profile_person
// title: Person (post) profile
// description: Everything the graph holds about one post, in one row for its profile page: job title in both languages, the organisation it works for, its seats (each with role, the organisation represented, dates and whether active on as_of) and its attendance over the 12 months up to as_of.
// description: Posts, not people, are the point: display_name is usually empty. active_seats counts distinct partnerships where the seat is active on as_of. meetings_12m, hours_12m and partnerships_12m count meetings attended or deputised at, their hours and their partnerships (meetings_sourced_12m: how many of those meetings are not illustrative; attendance_12m the attendance records hours_12m adds up, attendance_sourced_12m those not illustrative); apologies_12m counts apologies sent (apologies_sourced_12m: those records not illustrative).
// description: Bounded: with limit, seats holds at most limit items (active first) and counts maps seats to the full number; active_seats is always computed from every seat.
// description: evidence_total counts the active seats (what the profile's sentence rests on) and evidence_sourced those not illustrative.
// param: id str | Person (post) id
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: limit int = null | Most seats listed (null: every seat); counts holds the full number
// example: tirlun query run profile_person --param id=post-rctcbc-ceo
WITH coalesce($as_of, date()) AS as_of
MATCH (x:Person {id: $id})
OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
WITH x, o, as_of,
     localdatetime({date: as_of - duration({months: 12})}) AS year_start,
     localdatetime({date: as_of + duration({days: 1})}) AS day_after,
     COLLECT {
       MATCH (x)-[s:SITS_ON]->(p:Partnership)
       OPTIONAL MATCH (rep:Organisation {id: s.representing})
       WITH p, s, rep, (s.since IS NULL OR s.since <= as_of) AND (s.until IS NULL OR s.until >= as_of)
              AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of) AS is_active
       RETURN {partnership_id: p.id, name: p.name_en, name_cy: coalesce(p.name_cy, p.name_en), role: s.role,
               representing: s.representing, representing_name: rep.name_en,
               since: s.since, until: s.until, active: is_active, sourced: s.illustrative = false} AS item
       ORDER BY is_active DESC, p.id, s.role
     } AS seats
CALL (x, year_start, day_after) {
  OPTIONAL MATCH (x)-[r:ATTENDED]->(m:Meeting)-[:MEETING_OF]->(p:Partnership)
  WHERE m.start >= year_start AND m.start < day_after
  RETURN count(DISTINCT CASE WHEN r.as IN ['attended', 'deputy'] THEN m END) AS meetings_12m,
         count(DISTINCT CASE WHEN r.as IN ['attended', 'deputy'] AND m.illustrative = false THEN m END) AS meetings_sourced_12m,
         coalesce(sum(CASE WHEN r.as IN ['attended', 'deputy'] THEN m.duration_hours END), 0) AS hours_12m,
         count(CASE WHEN r.as IN ['attended', 'deputy'] THEN r END) AS attendance_12m,
         count(CASE WHEN r.as IN ['attended', 'deputy'] AND r.illustrative = false THEN r END) AS attendance_sourced_12m,
         count(DISTINCT CASE WHEN r.as IN ['attended', 'deputy'] THEN p END) AS partnerships_12m,
         count(CASE WHEN r.as = 'apologies' THEN m END) AS apologies_12m,
         count(CASE WHEN r.as = 'apologies' AND r.illustrative = false THEN m END) AS apologies_sourced_12m
}
WITH x, o, seats, meetings_12m, meetings_sourced_12m, hours_12m, attendance_12m, attendance_sourced_12m,
     partnerships_12m, apologies_12m, apologies_sourced_12m,
     size(COLLECT { UNWIND seats AS s WITH s WHERE s.active RETURN DISTINCT s.partnership_id }) AS active_seats
RETURN x.id AS id, x.job_title_en AS job_title, coalesce(x.job_title_cy, x.job_title_en) AS job_title_cy,
       x.display_name AS display_name, x.region AS region,
       o.id AS organisation_id, o.name_en AS organisation_name, coalesce(o.name_cy, o.name_en) AS organisation_name_cy,
       active_seats, seats[..coalesce($limit, size(seats))] AS seats,
       size([s IN seats WHERE s.active AND s.sourced]) AS evidence_sourced, size([s IN seats WHERE s.active]) AS evidence_total, meetings_12m, meetings_sourced_12m, hours_12m, attendance_12m, attendance_sourced_12m, partnerships_12m,
       apologies_12m, apologies_sourced_12m, x.source AS source, x.as_of AS source_as_of, x.illustrative AS illustrative,
       {seats: size(seats)} AS counts
