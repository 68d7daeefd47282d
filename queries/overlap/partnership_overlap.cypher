// name: partnership_overlap
// title: Partnership overlap
// title_cy: Gorgyffwrdd rhwng partneriaethau
// description: Pairs of partnerships, active on as_of, that share at least min_shared members: organisations (MEMBER_OF, each counted once whatever its roles) or people (posts with a seat, SITS_ON). Only memberships active on as_of count.
// description: Each pair appears once (a_id < b_id). shared is the number of common members; a_size and b_size are each partnership's active members; jaccard = shared / members of either (1 = identical membership); overlap_coefficient = shared / the smaller partnership's size (1 = the smaller one sits wholly inside the larger).
// description: Read from the top: the highest jaccard are the likeliest candidates for merging or for joint meetings. Partnerships with no active members never appear.
// description_cy: Parau o bartneriaethau, yn weithredol ar ddyddiad as_of, sy'n rhannu o leiaf min_shared aelod: sefydliadau (MEMBER_OF, pob un wedi'i gyfrif unwaith beth bynnag fo'i rolau) neu bobl (swyddi sydd â sedd, SITS_ON). Dim ond aelodaeth sy'n weithredol ar as_of sy'n cyfrif.
// description_cy: Mae pob pâr yn ymddangos unwaith (a_id < b_id). shared yw nifer yr aelodau cyffredin; a_size a b_size yw aelodau gweithredol pob partneriaeth; jaccard = shared / aelodau'r naill neu'r llall (1 = yr un aelodaeth yn union); overlap_coefficient = shared / maint y bartneriaeth leiaf (1 = mae'r lleiaf yn gyfan gwbl o fewn y fwyaf).
// description_cy: Darllenwch o'r brig: y gwerthoedd jaccard uchaf yw'r ymgeiswyr tebycaf ar gyfer uno neu ar gyfer cyfarfodydd ar y cyd. Nid yw partneriaethau heb aelodau gweithredol byth yn ymddangos.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: members str = organisations | What counts as a member: one of organisations, people
// param: min_shared int = 1 | Fewest shared members a pair needs (null: 1)
// example: tirlun query run partnership_overlap --param members=people --param min_shared=3
WITH coalesce($as_of, date()) AS as_of,
     coalesce($members, 'organisations') AS members,
     coalesce($min_shared, 1) AS min_shared
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
CALL (p, as_of, members) {
  MATCH (m)-[r:MEMBER_OF|SITS_ON]->(p)
  WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until > as_of)
    AND ((members = 'organisations' AND m:Organisation) OR (members = 'people' AND m:Person))
  OPTIONAL MATCH (m:Person)-[:WORKS_FOR]->(employer:Organisation)
  WITH DISTINCT m, employer
  RETURN collect({
    id: m.id,
    name: CASE WHEN m:Person
      THEN coalesce(m.display_name, m.job_title_en) + coalesce(', ' + coalesce(employer.short_name, employer.name_en), '')
      ELSE m.name_en END,
    name_cy: CASE WHEN m:Person
      THEN coalesce(m.display_name, m.job_title_cy, m.job_title_en) + coalesce(', ' + coalesce(employer.short_name, employer.name_cy, employer.name_en), '')
      ELSE coalesce(m.name_cy, m.name_en) END
  }) AS ms
}
WITH p, ms, size(ms) AS size, min_shared
ORDER BY p.id
UNWIND ms AS m
WITH m, min_shared, collect({p: p, size: size}) AS holders
UNWIND range(0, size(holders) - 2) AS i
UNWIND range(i + 1, size(holders) - 1) AS j
WITH holders[i] AS a, holders[j] AS b, m, min_shared
WITH a.p AS pa, a.size AS a_size, b.p AS pb, b.size AS b_size, min_shared, collect(m) AS common
WHERE size(common) >= min_shared
// The shared lists are short: sort each by insertion (ascending, nulls last, as ORDER BY does).
WITH pa, pb, a_size, b_size, size(common) AS shared,
     reduce(acc = [], c IN common |
       [x IN acc WHERE c.name IS NULL OR (x IS NOT NULL AND x <= c.name)] + [c.name]
       + [x IN acc WHERE NOT (c.name IS NULL OR (x IS NOT NULL AND x <= c.name))]) AS shared_names,
     reduce(acc = [], c IN common |
       [x IN acc WHERE c.name_cy IS NULL OR (x IS NOT NULL AND x <= c.name_cy)] + [c.name_cy]
       + [x IN acc WHERE NOT (c.name_cy IS NULL OR (x IS NOT NULL AND x <= c.name_cy))]) AS shared_names_cy,
     reduce(acc = [], c IN common |
       [x IN acc WHERE x <= c.id] + [c.id] + [x IN acc WHERE NOT x <= c.id]) AS shared_ids
RETURN pa.id AS a_id, pa.name_en AS a_name, coalesce(pa.name_cy, pa.name_en) AS a_name_cy,
       pb.id AS b_id, pb.name_en AS b_name, coalesce(pb.name_cy, pb.name_en) AS b_name_cy,
       shared, a_size, b_size,
       toFloat(shared) / (a_size + b_size - shared) AS jaccard,
       toFloat(shared) / CASE WHEN a_size < b_size THEN a_size ELSE b_size END AS overlap_coefficient,
       shared_names, shared_names_cy, shared_ids
ORDER BY jaccard DESC, shared DESC, a_id, b_id
