// name: app_meetings
// title: Meetings in a period
// description: Each meeting of a region's partnerships between two dates (both inclusive), with its length, who attended (posts
// description: recorded as attended or deputy, not apologies) and agenda themes, for the timeline and the merge what-if.
// description: Meetings come in time order (start, then partnership id, then meeting id) and the first limit are returned
// description: (null: all); every row also carries total (meetings in the period), total_hours (their length summed) and
// description: total_person_hours (length x attendees, summed), counted over every meeting, not only those returned, and
// description: total_sourced (how many of them are not illustrative: what the totals rest on).
// description: partnerships narrows it to those partnership ids (null: every partnership).
// param: region str = null | Region id (empty: every region)
// param: date_from date = 2000-01-01 | First day of the period
// param: date_to date = today | Last day of the period
// param: partnerships list = null | Only these partnership ids (empty: every partnership)
// param: limit int = 300 | Most meetings returned, earliest first (null: all); the totals count every meeting
MATCH (m:Meeting)-[:MEETING_OF]->(p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND ($partnerships IS NULL OR p.id IN $partnerships)
  AND localdatetime({date: $date_from}) <= m.start < localdatetime({date: $date_to + duration('P1D')})
// Attendees are counted for every meeting (the totals need them) but listed only for the rows returned.
WITH m, p,
     size([i IN COLLECT {
        MATCH (m)<-[a:ATTENDED]-(x:Person)
        WHERE coalesce(a.as, 'attended') <> 'apologies'
        RETURN DISTINCT x.id
      } WHERE i IS NOT NULL]) AS attendee_count
ORDER BY m.start, p.id, m.id
WITH collect({m: m, p: p, n: attendee_count}) AS everything
WITH everything, size(everything) AS total,
     reduce(h = 0.0, r IN everything | h + r.m.duration_hours) AS total_hours,
     reduce(h = 0.0, r IN everything | h + r.m.duration_hours * r.n) AS total_person_hours,
     size([r IN everything WHERE r.m.illustrative = false]) AS total_sourced
UNWIND everything[0..coalesce($limit, total)] AS r
WITH r.m AS m, r.p AS p, r.n AS attendee_count, total, total_hours, total_person_hours, total_sourced
// Nulls are dropped outside the subqueries: an `id IS NOT NULL` inside them lets the planner
// scan the whole Person(id) index once per meeting instead of expanding from the meeting.
WITH m, p, attendee_count, total, total_hours, total_person_hours, total_sourced,
     [i IN COLLECT {
        MATCH (m)<-[a:ATTENDED]-(x:Person)
        WHERE coalesce(a.as, 'attended') <> 'apologies'
        RETURN DISTINCT x.id
      } WHERE i IS NOT NULL] AS attendees,
     [i IN COLLECT { MATCH (m)-[:HAS_THEME]->(t:Theme) RETURN DISTINCT t.id } WHERE i IS NOT NULL] AS themes
RETURN m.id AS id, p.id AS partnership_id, p.name_en AS partnership_en, p.name_cy AS partnership_cy,
       p.short_name AS short_name, p.short_name_cy AS short_name_cy, p.kind AS kind, m.start AS start, m.duration_hours AS duration_hours,
       m.format AS format, attendee_count, attendees,
       m.duration_hours * attendee_count AS person_hours, themes,
       m.illustrative AS illustrative, total, total_hours, total_person_hours, total_sourced
ORDER BY start, partnership_id, id
