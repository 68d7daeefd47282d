// name: compare_regions
// title: Regions side by side
// description: One row per region (an Area of kind region that is the footprint of an active RPB on as_of), with the same figures for each, so regions can be compared like for like on one date.
// description: A region's local authority areas are those PART_OF it (up to four steps, each link active on as_of where it has since/until). It is listed when an active RPB board covers exactly those areas (its COVERS areas, or the local authority areas inside them). A partnership active on as_of counts for a region when its footprint (the local authority areas it covers, or those inside the areas it covers; a sub-group with no footprint of its own takes its nearest board's) meets the region's, or when it has no footprint and was loaded for the region (region). It is the region's own when its footprint lies wholly inside the region (or it has none): own_board at level board, own_subgroup otherwise (sub-group, task-and-finish group); wider when its footprint reaches beyond the region (national bodies, city regions, neighbouring footprints). by_kind lists kind, class (own_board, own_subgroup, wider) and n.
// description: The other figures are about the region's own partnerships (boards and sub-groups): meetings of them starting in the 12 months up to as_of (both ends inclusive) and person_hours (each attended or deputy record adds its meeting's duration_hours); terms of reference recorded true (tor_yes), false (tor_no) and not recorded (tor_unknown); the overlap index, the mean over every pair of the region's own boards of the Jaccard similarity of their active member organisations (shared / members of either; two boards with no members count 0), with board_pairs the number of pairs; last_updated, the newest as_of of their rows (partnership, memberships, meetings) and oldest_updated, the oldest partnership's newest as_of (how stale the least kept board is); rows and rows_sourced, how many of those rows there are and how many are not illustrative. What each figure rests on: counted_sourced (of the partnerships counted, own and wider: size of by_kind's n summed) and own_sourced (of own_boards + own_subgroups) are the partnerships not illustrative; meetings_sourced of meetings; attendance (attended or deputy records at those meetings) and attendance_sourced behind person_hours; memberships (active memberships of the region's own boards) and memberships_sourced behind the overlap index. population is the region's own, or the sum of its local authority areas' when every one has one (null: not known), with population_years the years of those figures.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id): only that region's row; null means every region
// param: limit int = 50 | Most regions returned, by name (null: every region)
// example: tirlun query run compare_regions --param as_of=2025-06-30
WITH coalesce($as_of, date()) AS as_of
WITH as_of, localdatetime({date: as_of - duration({months: 12})}) AS range_start,
     localdatetime({date: as_of + duration({days: 1})}) AS range_end
// The regions and their local authority areas on as_of; kept when an active RPB board covers exactly them.
MATCH (r:Area {kind: 'region'})
WHERE $region IS NULL OR r.id = $region
CALL (r, as_of) {
  MATCH down = (la:Area {kind: 'local_authority'})-[:PART_OF*1..4]->(r)
  WHERE all(x IN relationships(down) WHERE (x.since IS NULL OR x.since <= as_of) AND (x.until IS NULL OR x.until >= as_of))
  WITH DISTINCT la ORDER BY la.name_en
  RETURN collect(la) AS las
}
WITH as_of, range_start, range_end, r, las, [la IN las | la.id] AS la_ids
WHERE size(las) > 0 AND EXISTS {
  MATCH (rpb:Partnership {kind: 'rpb'})
  WHERE coalesce(rpb.level, 'board') = 'board'
    AND (rpb.established IS NULL OR rpb.established <= as_of) AND (rpb.dissolved IS NULL OR rpb.dissolved > as_of)
  WITH rpb, COLLECT {
    MATCH (rpb)-[:COVERS]->(c:Area)
    MATCH d = (la:Area {kind: 'local_authority'})-[:PART_OF*0..4]->(c)
    WHERE all(x IN relationships(d) WHERE (x.since IS NULL OR x.since <= as_of) AND (x.until IS NULL OR x.until >= as_of))
    RETURN DISTINCT la.id
  } AS fp
  WHERE size(fp) = size(la_ids) AND all(x IN fp WHERE x IN la_ids)
}
WITH as_of, range_start, range_end, r, las, la_ids
ORDER BY r.name_en
WITH as_of, range_start, range_end, collect({r: r, las: las, ids: la_ids}) AS all_regions
WITH as_of, range_start, range_end, all_regions, size(all_regions) AS total
WITH as_of, range_start, range_end, all_regions[0..coalesce($limit, total)] AS regions, total
// Every active partnership once, with its footprint's local authority areas (a sub-group without one: its board's).
CALL (as_of, regions) {
  MATCH (p:Partnership)
  WHERE (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of)
  CALL (p) {
    OPTIONAL MATCH up = (p)-[:SUBGROUP_OF*0..5]->(anc:Partnership)
    WHERE EXISTS { (anc)-[:COVERS]->(:Area) }
    WITH anc ORDER BY length(up)
    RETURN collect(anc)[0] AS anc
  }
  WITH p, COLLECT {
    MATCH (anc)-[:COVERS]->(c:Area)
    MATCH d = (la:Area {kind: 'local_authority'})-[:PART_OF*0..4]->(c)
    WHERE all(x IN relationships(d) WHERE (x.since IS NULL OR x.since <= as_of) AND (x.until IS NULL OR x.until >= as_of))
    RETURN DISTINCT la.id
  } AS fp
  UNWIND regions AS reg
  WITH reg, p, fp
  WHERE (size(fp) > 0 AND any(x IN fp WHERE x IN reg.ids)) OR (size(fp) = 0 AND p.region = reg.r.id)
  WITH reg, p, CASE WHEN size(fp) > 0 AND NOT all(x IN fp WHERE x IN reg.ids) THEN 'wider'
                    WHEN coalesce(p.level, 'board') = 'board' THEN 'own_board' ELSE 'own_subgroup' END AS class
  RETURN reg.r.id AS region_id, collect({p: p, class: class}) AS counted
}
WITH as_of, range_start, range_end, regions, total, collect({id: region_id, counted: counted}) AS counted_by_region
UNWIND regions AS reg
WITH as_of, range_start, range_end, reg, total,
     coalesce([x IN counted_by_region WHERE x.id = reg.r.id][0].counted, []) AS counted
WITH as_of, range_start, range_end, reg, total, counted,
     [x IN counted WHERE x.class <> 'wider' | x.p] AS own, [x IN counted WHERE x.class = 'own_board' | x.p] AS boards
CALL (counted) {
  UNWIND counted AS x
  WITH x.p.kind AS kind, x.class AS class, count(*) AS n
  ORDER BY kind, class
  RETURN collect({kind: kind, class: class, n: n}) AS by_kind
}
CALL (own, range_start, range_end) {
  UNWIND own AS p
  MATCH (m:Meeting)-[:MEETING_OF]->(p)
  WHERE m.start >= range_start AND m.start < range_end
  CALL (m) {  // one pass over each meeting's attendance: who was there, and how many of those rows are sourced
    OPTIONAL MATCH (m)<-[a:ATTENDED]-(:Person)
    WHERE a.as IN ['attended', 'deputy']
    RETURN count(a) AS attendees, count(CASE WHEN a.illustrative = false THEN 1 END) AS attendees_sourced
  }
  WITH m, attendees, attendees_sourced
  RETURN count(m) AS meetings, count(CASE WHEN m.illustrative = false THEN 1 END) AS meetings_sourced,
         sum(attendees * m.duration_hours) AS person_hours, sum(attendees) AS attendance,
         sum(attendees_sourced) AS attendance_sourced
}
CALL (boards, as_of) {
  UNWIND boards AS b
  WITH b, COLLECT {
    MATCH (o:Organisation)-[m:MEMBER_OF]->(b)
    WHERE (m.since IS NULL OR m.since <= as_of) AND (m.until IS NULL OR m.until >= as_of)
    RETURN DISTINCT o.id
  } AS members
  ORDER BY b.id
  WITH collect(members) AS sets
  UNWIND range(0, size(sets) - 2) AS i
  UNWIND range(i + 1, size(sets) - 1) AS j
  WITH size([x IN sets[i] WHERE x IN sets[j]]) AS shared, size(sets[i]) + size(sets[j]) AS summed
  RETURN count(*) AS board_pairs,
         avg(CASE WHEN summed - shared = 0 THEN 0.0 ELSE toFloat(shared) / (summed - shared) END) AS overlap_index
}
CALL (boards, as_of) {
  UNWIND boards AS b
  MATCH (:Organisation)-[m:MEMBER_OF]->(b)
  WHERE (m.since IS NULL OR m.since <= as_of) AND (m.until IS NULL OR m.until >= as_of)
  RETURN count(m) AS memberships, count(CASE WHEN m.illustrative = false THEN 1 END) AS memberships_sourced
}
CALL (own) {
  UNWIND own AS p
  CALL (p) {  // its memberships and its meetings, counted (not collected): how many, how many sourced, the newest
    OPTIONAL MATCH (:Organisation)-[m:MEMBER_OF]->(p)
    RETURN count(m) AS n_members, count(CASE WHEN m.illustrative = false THEN 1 END) AS s_members,
           max(m.as_of) AS last_member
  }
  CALL (p) {
    OPTIONAL MATCH (mt:Meeting)-[:MEETING_OF]->(p)
    RETURN count(mt) AS n_meetings, count(CASE WHEN mt.illustrative = false THEN 1 END) AS s_meetings,
           max(mt.as_of) AS last_meeting
  }
  WITH p, 1 + n_members + n_meetings AS n, CASE WHEN p.illustrative = false THEN 1 ELSE 0 END + s_members + s_meetings AS s,
       reduce(mx = null, d IN [p.as_of, last_member, last_meeting] | CASE WHEN d IS NULL THEN mx
                                                                       WHEN mx IS NULL OR d > mx THEN d ELSE mx END) AS latest
  RETURN max(latest) AS last_updated, min(latest) AS oldest_updated, sum(n) AS rows, sum(s) AS rows_sourced,
         count(CASE WHEN p.terms_of_reference = true THEN 1 END) AS tor_yes,
         count(CASE WHEN p.terms_of_reference = false THEN 1 END) AS tor_no,
         count(CASE WHEN p.terms_of_reference IS NULL THEN 1 END) AS tor_unknown
}
WITH reg.r AS r, reg.las AS las, total, by_kind, own, boards, counted, meetings, person_hours, board_pairs,
     overlap_index, last_updated, oldest_updated, rows, rows_sourced, tor_yes, tor_no, tor_unknown,
     meetings_sourced, attendance, attendance_sourced, memberships, memberships_sourced
RETURN r.id AS region_id, r.name_en AS name, coalesce(r.name_cy, r.name_en) AS name_cy, r.code AS code,
       [la IN las | la.id] AS local_authority_ids, [la IN las | la.name_en] AS local_authorities,
       [la IN las | coalesce(la.name_cy, la.name_en)] AS local_authorities_cy,
       CASE WHEN r.population IS NOT NULL THEN r.population
            WHEN all(la IN las WHERE la.population IS NOT NULL) THEN reduce(s = 0, la IN las | s + la.population)
       END AS population,
       CASE WHEN r.population IS NOT NULL THEN [y IN [r.population_year] WHERE y IS NOT NULL]
            WHEN all(la IN las WHERE la.population IS NOT NULL)
              THEN COLLECT { UNWIND las AS la WITH DISTINCT la.population_year AS y WHERE y IS NOT NULL RETURN y ORDER BY y }
            ELSE [] END AS population_years,
       by_kind, size(boards) AS own_boards, size(own) - size(boards) AS own_subgroups,
       size(counted) - size(own) AS wider,
       meetings, coalesce(person_hours, 0.0) AS person_hours, board_pairs, overlap_index,
       tor_yes, tor_no, tor_unknown, last_updated, oldest_updated, coalesce(rows, 0) AS rows,
       coalesce(rows_sourced, 0) AS rows_sourced, total,
       size([x IN counted WHERE x.p.illustrative = false]) AS counted_sourced,
       size([p IN own WHERE p.illustrative = false]) AS own_sourced,
       meetings_sourced, coalesce(attendance, 0) AS attendance, coalesce(attendance_sourced, 0) AS attendance_sourced,
       memberships, memberships_sourced
