// name: duplicate_meetings
// title: Duplicate meetings
// description: Pairs of meetings of different partnerships held within window_days calendar days of each other (inclusive: meetings exactly window_days apart count; 0 = the same day) whose attendees are largely the same people. Attendees are posts recorded as attended or deputy (apologies do not count).
// description: attendee_jaccard = shared_attendees / people at either meeting, and a pair is listed when it is at least min_attendee_jaccard. shared_themes are agenda themes both meetings covered. hours_saved = shared_attendees x the shorter meeting's duration_hours: the person-hours saved if the two were held as one meeting, since each shared attendee would still sit through the longer one.
// description: Only meetings starting between date_from and date_to (both inclusive; default the 12 months up to as_of) are paired. Blocking keeps the cost near-linear: meetings are found by an index range on Meeting.start, and two meetings are only compared when one person attended both within the window (each person's meetings in time order, paired with the ones after it inside the window), never every meeting with every other.
// description: Ranking rule: most person-hours saved first, then the most similar attendees (attendee_jaccard), then the fewest days apart, then meeting ids. The first limit pairs are returned (null: all); every row also carries total (how many pairs there are), hours_saved_total (hours_saved summed over every pair: a meeting in several pairs counts in each, so this is an upper bound on what merging could save; the app's plan takes each meeting into at most one merge, a maximum-weight matching over plan_edges), meetings_total and meetings_sourced (the distinct meetings in any pair, and how many are not illustrative: what the finding rests on) and the pair of partnerships with the most duplicated meetings (top_a_partnership_id, top_b_partnership_id, top_pair_duplicates; ties broken by hours saved, then ids). Each returned row also carries evidence_rows and evidence_sourced: the rows that pair rests on (its two meetings and their attendance records as attended or deputy) and how many are not illustrative. The first row alone carries plan_edges: every pair as [a meeting id, b meeting id, hours_saved] (null on the other rows).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: window_days int = 7 | Most calendar days between the two meetings, inclusive (null: 7)
// param: min_attendee_jaccard float = 0.5 | Least attendee Jaccard similarity for a pair to be listed (null: 0.5)
// param: date_from date = null | First meeting day considered (null: 12 months before as_of)
// param: date_to date = null | Last meeting day considered (null: as_of)
// param: limit int = 200 | Most pairs returned, best first (null: every pair, for downloads); total and hours_saved_total always count every pair
// example: tirlun query run duplicate_meetings --param as_of=2025-06-30 --param window_days=14 --param min_attendee_jaccard=0.6 --param limit=20
WITH coalesce($as_of, date()) AS as_of
WITH coalesce($window_days, 7) AS window_days,
     coalesce($min_attendee_jaccard, 0.5) AS min_j,
     localdatetime({date: coalesce($date_from, as_of - duration({months: 12}))}) AS range_start,
     localdatetime({date: coalesce($date_to, as_of) + duration({days: 1})}) AS range_end
// Each meeting in the range once: its partnership, start and attendee count.
MATCH (m:Meeting)
WHERE m.start >= range_start AND m.start < range_end
  AND ($region IS NULL OR m.region = $region)
MATCH (m)-[:MEETING_OF]->(p:Partnership)
MATCH (m)<-[r:ATTENDED]-(x:Person)
WHERE r.as IN ['attended', 'deputy']
WITH window_days, min_j, m, p, collect(x) AS people
WITH window_days, min_j, {m: m, p: p, start: m.start, n: size(people)} AS meeting, people
// Blocking: each person's meetings in time order, each paired with the later ones that start
// within window_days calendar days of it. Only meetings sharing an attendee are ever compared.
UNWIND people AS x
WITH window_days, min_j, x, meeting ORDER BY meeting.start, meeting.m.id
WITH window_days, min_j, x, collect(meeting) AS ms
UNWIND range(0, size(ms) - 2) AS i
WITH window_days, min_j, x, ms[i] AS am, ms[i + 1..] AS later
WITH min_j, x, am, later, localdatetime({date: date(am.start) + duration({days: window_days + 1})}) AS window_end
UNWIND [bm IN later WHERE bm.start < window_end] AS bm
WITH min_j, am.m AS a, am.p AS pa, am.n AS a_attendees, bm.m AS b, bm.p AS pb, bm.n AS b_attendees,
     count(DISTINCT x) AS shared_attendees
WHERE pa <> pb
  AND toFloat(shared_attendees) / (a_attendees + b_attendees - shared_attendees) >= min_j
WITH a, b, pa, pb, a_attendees, b_attendees, shared_attendees,
     toFloat(shared_attendees) / (a_attendees + b_attendees - shared_attendees) AS attendee_jaccard,
     duration.inDays(date(a.start), date(b.start)).days AS days_apart,
     shared_attendees * CASE WHEN a.duration_hours < b.duration_hours THEN a.duration_hours ELSE b.duration_hours END
       AS hours_saved
// Rank every pair, then total, sum and cut on the server: themes and names are read only for the rows returned.
ORDER BY hours_saved DESC, attendee_jaccard DESC, days_apart, a.id, b.id
WITH collect({a: a, b: b, pa: pa, pb: pb, a_attendees: a_attendees, b_attendees: b_attendees,
              shared_attendees: shared_attendees, attendee_jaccard: attendee_jaccard, days_apart: days_apart,
              hours_saved: hours_saved}) AS pairs
WITH pairs, size(pairs) AS total, reduce(s = 0.0, r IN pairs | s + r.hours_saved) AS hours_saved_total
// The pair of partnerships with the most duplicated meetings (then most hours saved, then ids): the merge what-if's default.
CALL (pairs) {
  UNWIND pairs AS r
  WITH CASE WHEN r.pa.id < r.pb.id THEN [r.pa.id, r.pb.id] ELSE [r.pb.id, r.pa.id] END AS pp, r.hours_saved AS h
  WITH pp, count(*) AS n, sum(h) AS hs
  ORDER BY n DESC, hs DESC, pp[0], pp[1]
  LIMIT 1
  RETURN pp[0] AS top_a_partnership_id, pp[1] AS top_b_partnership_id, n AS top_pair_duplicates
}
// What the pairs rest on: their distinct meetings, and how many of them come from a public source.
CALL (pairs) {
  UNWIND pairs AS r
  UNWIND [r.a, r.b] AS m
  WITH DISTINCT m
  RETURN count(m) AS meetings_total, count(CASE WHEN m.illustrative = false THEN 1 END) AS meetings_sourced
}
WITH pairs, total, hours_saved_total, top_a_partnership_id, top_b_partnership_id, top_pair_duplicates,
     meetings_total, meetings_sourced, pairs[0..coalesce($limit, total)] AS shown
UNWIND range(0, size(shown) - 1) AS i
WITH shown[i] AS r, shown[i].a AS a, shown[i].b AS b, shown[i].pa AS pa, shown[i].pb AS pb, total, hours_saved_total,
     top_a_partnership_id, top_b_partnership_id, top_pair_duplicates, meetings_total, meetings_sourced,
     // every pair's two meeting ids and hours, once (on the first row): the merge plan's graph
     CASE WHEN i = 0 THEN [x IN pairs | [x.a.id, x.b.id, x.hours_saved]] END AS plan_edges
WITH r, a, b, pa, pb, total, hours_saved_total, top_a_partnership_id, top_b_partnership_id, top_pair_duplicates,
     meetings_total, meetings_sourced, plan_edges,
     COLLECT {
       MATCH (a)-[:HAS_THEME]->(t:Theme)<-[:HAS_THEME]-(b)
       RETURN t.name_en ORDER BY t.name_en
     } AS shared_themes,
     COLLECT {
       MATCH (a)-[:HAS_THEME]->(t:Theme)<-[:HAS_THEME]-(b)
       RETURN coalesce(t.name_cy, t.name_en) AS n ORDER BY n
     } AS shared_themes_cy,
     // what this pair rests on: its two meetings and their attendance (attended or deputy), each row's flag
     [a.illustrative, b.illustrative]
       + COLLECT { MATCH (a)<-[x:ATTENDED]-(:Person) WHERE x.as IN ['attended', 'deputy'] RETURN x.illustrative }
       + COLLECT { MATCH (b)<-[x:ATTENDED]-(:Person) WHERE x.as IN ['attended', 'deputy'] RETURN x.illustrative }
       AS flags
RETURN a.id AS a_meeting_id, a.start AS a_start, pa.id AS a_partnership_id,
       pa.name_en AS a_partnership_name, coalesce(pa.name_cy, pa.name_en) AS a_partnership_name_cy,
       b.id AS b_meeting_id, b.start AS b_start, pb.id AS b_partnership_id,
       pb.name_en AS b_partnership_name, coalesce(pb.name_cy, pb.name_en) AS b_partnership_name_cy,
       r.days_apart AS days_apart, r.a_attendees AS a_attendees, r.b_attendees AS b_attendees,
       r.shared_attendees AS shared_attendees, r.attendee_jaccard AS attendee_jaccard,
       shared_themes, shared_themes_cy, r.hours_saved AS hours_saved,
       total, hours_saved_total, top_a_partnership_id, top_b_partnership_id, top_pair_duplicates,
       meetings_total, meetings_sourced, plan_edges,
       size(flags) AS evidence_rows, size([f IN flags WHERE f = false]) AS evidence_sourced
ORDER BY hours_saved DESC, attendee_jaccard DESC, days_apart, a_meeting_id, b_meeting_id
