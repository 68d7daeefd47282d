// name: meeting_burden
// title: Meeting burden (the usual suspects)
// description: How much partnership meeting time falls on each organisation or each person (post), from attendance recorded as attended or deputy at meetings starting between date_from and date_to (both inclusive; default the 12 months up to as_of).
// description: meetings = distinct meetings attended; hours = person-hours (a 2-hour meeting attended by two posts of one organisation counts 4 hours for that organisation); attendances = attendance records; partnerships = distinct partnerships whose meetings were attended; people = posts that attended. An organisation's load is that of the posts working for it.
// description: Ranking rule: most person-hours first, then most meetings, then id; the first limit rows are returned. Heaviest loads first: the top rows are the usual suspects, the bodies and posts on whom the partnership landscape leans most. Every row also carries total (how many organisations or posts carry any load) and hours_total (their person-hours summed, all rows, not only those returned). job_title and job_title_cy are the post's title and display_name the name recorded for it, if any (by person only), so labels can show the post and never a name where that is asked. attendance_total and attendance_sourced count the attendance records behind every row and how many are not illustrative (what the figures rest on).
// description: organisation_short_name_cy is the organisation as a Welsh label names it: its Welsh abbreviation, else its Welsh name, never the English abbreviation.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: by str = organisation | Whose load to total: one of organisation, person
// param: date_from date = null | First meeting day counted (null: 12 months before as_of)
// param: date_to date = null | Last meeting day counted (null: as_of)
// param: limit int = 25 | Most rows to return (null: all)
// example: tirlun query run meeting_burden --param as_of=2025-06-30 --param by=person --param limit=10
WITH coalesce($as_of, date()) AS as_of
WITH coalesce($by, 'organisation') AS by,
     localdatetime({date: coalesce($date_from, as_of - duration({months: 12}))}) AS range_start,
     localdatetime({date: coalesce($date_to, as_of) + duration({days: 1})}) AS range_end
MATCH (m:Meeting)
WHERE m.start >= range_start AND m.start < range_end
  AND ($region IS NULL OR m.region = $region)
MATCH (m)-[:MEETING_OF]->(p:Partnership)
MATCH (x:Person)-[r:ATTENDED]->(m)
WHERE r.as IN ['attended', 'deputy']
// Each post's attendance gathered first, so its organisation is looked up once per post, not once per record.
WITH by, x, collect({m: m, p: p, hours: m.duration_hours, sourced: r.illustrative = false}) AS records
OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
WITH by, x, o, records,
     CASE by WHEN 'person' THEN x ELSE o END AS who
WHERE who IS NOT NULL
UNWIND records AS r
WITH by, who, o,
     count(CASE WHEN r.sourced THEN 1 END) AS sourced,
     count(DISTINCT r.m) AS meetings,
     sum(r.hours) AS hours,
     count(*) AS attendances,
     count(DISTINCT r.p) AS partnerships,
     count(DISTINCT x) AS people
ORDER BY hours DESC, meetings DESC, who.id
// Rank, total and cut on the server.
WITH by, collect({who: who, o: o, meetings: meetings, hours: hours, attendances: attendances,
                  partnerships: partnerships, people: people, sourced: sourced}) AS everything
WITH by, everything, size(everything) AS total, reduce(s = 0.0, r IN everything | s + r.hours) AS hours_total,
     reduce(s = 0, r IN everything | s + r.attendances) AS attendance_total,
     reduce(s = 0, r IN everything | s + r.sourced) AS attendance_sourced
UNWIND everything[0..coalesce($limit, total)] AS r
WITH by, r.who AS who, r.o AS o, r, total, hours_total, attendance_total, attendance_sourced
RETURN by,
       who.id AS id,
       CASE by WHEN 'person' THEN coalesce(who.display_name, who.job_title_en) ELSE who.name_en END AS name,
       CASE by WHEN 'person' THEN coalesce(who.display_name, who.job_title_cy, who.job_title_en)
         ELSE coalesce(who.name_cy, who.name_en) END AS name_cy,
       o.id AS organisation_id, o.name_en AS organisation_name, coalesce(o.name_cy, o.name_en) AS organisation_name_cy,
       r.meetings AS meetings, r.hours AS hours, r.attendances AS attendances, r.partnerships AS partnerships,
       r.people AS people,
       CASE by WHEN 'person' THEN who.job_title_en END AS job_title,
       CASE by WHEN 'person' THEN coalesce(who.job_title_cy, who.job_title_en) END AS job_title_cy,
       CASE by WHEN 'person' THEN who.display_name END AS display_name,
       o.short_name AS organisation_short_name,
       coalesce(o.short_name_cy, o.name_cy, o.name_en) AS organisation_short_name_cy,
       total, hours_total, attendance_total, attendance_sourced
ORDER BY hours DESC, meetings DESC, id
