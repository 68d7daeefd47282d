// name: meeting_timeline
// title: Meetings per partnership per month
// description: The timeline when a period holds too many meetings to draw one by one: for each partnership, each month
// description: (first day of the month) in which it met between date_from and date_to (both inclusive; default the 12 months
// description: up to as_of): meetings, hours (their length summed) and person_hours (length x attendees recorded as attended
// description: or deputy, summed). Ranking rule: partnerships with the most person-hours in the whole period first (then
// description: partnership id), each partnership's months in order; the first limit rows are returned (null: all) and every
// description: row carries total (how many partnership-months there are) and partnerships_total (how many partnerships met).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: date_from date = null | First meeting day counted (null: 12 months before as_of)
// param: date_to date = null | Last meeting day counted (null: as_of)
// param: limit int = 300 | Most partnership-months returned (null: all)
// example: tirlun query run meeting_timeline --param as_of=2025-06-30 --param region=ctm --param limit=24
WITH coalesce($as_of, date()) AS as_of
WITH localdatetime({date: coalesce($date_from, as_of - duration({months: 12}))}) AS range_start,
     localdatetime({date: coalesce($date_to, as_of) + duration({days: 1})}) AS range_end
MATCH (m:Meeting)
WHERE m.start >= range_start AND m.start < range_end
  AND ($region IS NULL OR m.region = $region)
MATCH (m)-[:MEETING_OF]->(p:Partnership)
WITH p, m, date.truncate('month', date(m.start)) AS month,
     COUNT { MATCH (m)<-[r:ATTENDED]-(:Person) WHERE r.as IN ['attended', 'deputy'] } AS attendees
WITH p, month, count(m) AS meetings, sum(m.duration_hours) AS hours, sum(m.duration_hours * attendees) AS person_hours
ORDER BY month
WITH p, collect({month: month, meetings: meetings, hours: hours, person_hours: person_hours}) AS months,
     sum(person_hours) AS period_person_hours
ORDER BY period_person_hours DESC, p.id
WITH collect({p: p, months: months, period_person_hours: period_person_hours}) AS ps
WITH ps, size(ps) AS partnerships_total, reduce(n = 0, x IN ps | n + size(x.months)) AS total
UNWIND range(0, size(ps) - 1) AS rank
UNWIND ps[rank].months AS mo
WITH ps[rank] AS x, rank, mo, total, partnerships_total
WITH collect({x: x, rank: rank, mo: mo}) AS rows, total, partnerships_total
UNWIND rows[0..coalesce($limit, total)] AS r
RETURN r.x.p.id AS partnership_id, r.x.p.name_en AS partnership_en, coalesce(r.x.p.name_cy, r.x.p.name_en) AS partnership_cy,
       r.x.p.short_name AS short_name, r.x.p.short_name_cy AS short_name_cy, r.rank + 1 AS partnership_rank, r.mo.month AS month,
       r.mo.meetings AS meetings, r.mo.hours AS hours, r.mo.person_hours AS person_hours,
       r.x.period_person_hours AS partnership_person_hours, total, partnerships_total
ORDER BY partnership_rank, month
