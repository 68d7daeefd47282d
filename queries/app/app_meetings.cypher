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
// The totals: one pass over every meeting in the period, its attendees counted, nothing collected. The rows are
// summed in the order they are listed (start, partnership id, meeting id), as the totals always were.
CALL () {
  MATCH (m:Meeting)-[:MEETING_OF]->(p:Partnership)
  WHERE ($region IS NULL OR p.region = $region)
    AND ($partnerships IS NULL OR p.id IN $partnerships)
    AND localdatetime({date: $date_from}) <= m.start < localdatetime({date: $date_to + duration('P1D')})
  // One attendance record per post and meeting (the data format's unique key), so records are posts.
  WITH m, p, COUNT { MATCH (m)<-[a:ATTENDED]-(x:Person) WHERE coalesce(a.as, 'attended') <> 'apologies' } AS attendee_count
  WITH m, p, attendee_count ORDER BY m.start, p.id, m.id
  RETURN count(*) AS total, sum(m.duration_hours) AS total_hours,
         sum(m.duration_hours * attendee_count) AS total_person_hours,
         count(CASE WHEN m.illustrative = false THEN 1 END) AS total_sourced
}
// The rows: the first limit meetings in time order (a top-n sort), and only their attendees and themes read.
MATCH (m:Meeting)-[:MEETING_OF]->(p:Partnership)
WHERE total > 0
  AND ($region IS NULL OR p.region = $region)
  AND ($partnerships IS NULL OR p.id IN $partnerships)
  AND localdatetime({date: $date_from}) <= m.start < localdatetime({date: $date_to + duration('P1D')})
WITH m, p, total, total_hours, total_person_hours, total_sourced
ORDER BY m.start, p.id, m.id
LIMIT coalesce($limit, 9223372036854775807)
// Nulls are dropped outside the subqueries: an `id IS NOT NULL` inside them lets the planner
// scan the whole Person(id) index once per meeting instead of expanding from the meeting.
WITH m, p, total, total_hours, total_person_hours, total_sourced,
     [i IN COLLECT {
        MATCH (m)<-[a:ATTENDED]-(x:Person)
        WHERE coalesce(a.as, 'attended') <> 'apologies'
        RETURN DISTINCT x.id
      } WHERE i IS NOT NULL] AS attendees,
     [i IN COLLECT { MATCH (m)-[:HAS_THEME]->(t:Theme) RETURN DISTINCT t.id } WHERE i IS NOT NULL] AS themes
RETURN m.id AS id, p.id AS partnership_id, p.name_en AS partnership_en, p.name_cy AS partnership_cy,
       p.short_name AS short_name, p.short_name_cy AS short_name_cy, p.kind AS kind, m.start AS start, m.duration_hours AS duration_hours,
       m.format AS format, size(attendees) AS attendee_count, attendees,
       m.duration_hours * size(attendees) AS person_hours, themes,
       m.illustrative AS illustrative, total, total_hours, total_person_hours, total_sourced
ORDER BY start, partnership_id, id
