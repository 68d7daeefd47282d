// name: bench_counts
// title: Sizes the benchmark reports
// description: Meetings in all, meetings starting in the 12 months up to as_of (what duplicate_meetings pairs by default) and
// description: ATTENDED relationships.
// param: as_of date = today | End of the 12-month window
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
CALL () {
  MATCH (m:Meeting)
  WHERE m.start >= localdatetime({date: $as_of - duration({months: 12})})
    AND m.start < localdatetime({date: $as_of + duration({days: 1})})
  RETURN count(m) AS meetings_in_window
}
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attendance }
RETURN meetings, meetings_in_window, attendance
