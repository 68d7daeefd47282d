// name: app_meetings
// title: Meetings in a period
// title_cy: Cyfarfodydd mewn cyfnod
// description: Each meeting of a region's partnerships between two dates, with its length, who attended (posts, not
// description: apologies) and agenda themes, for the timeline and the merge what-if.
// description_cy: Pob cyfarfod o bartneriaethau rhanbarth rhwng dau ddyddiad, gyda'i hyd, pwy fynychodd (swyddi, nid
// description_cy: ymddiheuriadau) a themâu'r agenda, ar gyfer y llinell amser a'r dadansoddiad uno.
// param: region str = null | Region id (empty: every region)
// param: date_from date = 2000-01-01 | First day of the period
// param: date_to date = today | Last day of the period
MATCH (m:Meeting)-[:MEETING_OF]->(p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND localdatetime({date: $date_from}) <= m.start < localdatetime({date: $date_to + duration('P1D')})
// Nulls are dropped outside the subqueries: an `id IS NOT NULL` inside them lets the planner
// scan the whole Person(id) index once per meeting instead of expanding from the meeting.
WITH m, p,
     [i IN COLLECT {
        MATCH (m)<-[a:ATTENDED]-(x:Person)
        WHERE coalesce(a.as, 'attended') <> 'apologies'
        RETURN DISTINCT x.id
      } WHERE i IS NOT NULL] AS attendees,
     [i IN COLLECT { MATCH (m)-[:HAS_THEME]->(t:Theme) RETURN DISTINCT t.id } WHERE i IS NOT NULL] AS themes
RETURN m.id AS id, p.id AS partnership_id, p.name_en AS partnership_en, p.name_cy AS partnership_cy,
       p.short_name AS short_name, p.kind AS kind, m.start AS start, m.duration_hours AS duration_hours,
       m.format AS format, size(attendees) AS attendee_count, attendees,
       m.duration_hours * size(attendees) AS person_hours, themes
ORDER BY start, partnership_id
