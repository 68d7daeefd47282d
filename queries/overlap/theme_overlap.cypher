// name: theme_overlap
// title: Remit overlap (shared themes)
// title_cy: Gorgyffwrdd cylch gwaith (themâu a rennir)
// description: Pairs of partnerships, active on as_of, whose remits cover at least min_shared of the same themes (Partnership HAS_THEME). Each pair appears once (a_id < b_id).
// description: shared is the number of common themes and shared_names lists them; a_size and b_size are the themes in each remit; jaccard = shared / themes in either remit (1 = identical remits); overlap_coefficient = shared / the smaller remit (1 = one remit sits wholly inside the other).
// description: High values point to partnerships doing the same job: read them beside partnership_overlap to see whether the same bodies also sit round both tables.
// description_cy: Parau o bartneriaethau, yn weithredol ar ddyddiad as_of, y mae eu cylch gwaith yn cwmpasu o leiaf min_shared o'r un themâu (Partnership HAS_THEME). Mae pob pâr yn ymddangos unwaith (a_id < b_id).
// description_cy: shared yw nifer y themâu cyffredin ac mae shared_names yn eu rhestru; a_size a b_size yw'r themâu yng nghylch gwaith pob un; jaccard = shared / themâu'r naill gylch gwaith neu'r llall (1 = yr un cylch gwaith yn union); overlap_coefficient = shared / y cylch gwaith lleiaf (1 = mae un cylch gwaith yn gyfan gwbl o fewn y llall).
// description_cy: Mae gwerthoedd uchel yn dangos partneriaethau sy'n gwneud yr un gwaith: darllenwch nhw ochr yn ochr â partnership_overlap i weld a yw'r un cyrff hefyd yn eistedd o amgylch y ddau fwrdd.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: min_shared int = 1 | Fewest shared themes a pair needs (null: 1)
// example: tirlun query run theme_overlap --param min_shared=2
WITH coalesce($as_of, date()) AS as_of, coalesce($min_shared, 1) AS min_shared
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
MATCH (p)-[:HAS_THEME]->(t:Theme)
WITH p, min_shared, collect(t) AS ts
WITH p, min_shared, ts, size(ts) AS size
ORDER BY p.id
UNWIND ts AS t
WITH t, min_shared, collect({p: p, size: size}) AS holders
UNWIND range(0, size(holders) - 2) AS i
UNWIND range(i + 1, size(holders) - 1) AS j
WITH holders[i] AS a, holders[j] AS b, t, min_shared
WITH a.p AS pa, a.size AS a_size, b.p AS pb, b.size AS b_size, min_shared,
     collect({id: t.id, name: t.name_en, name_cy: coalesce(t.name_cy, t.name_en)}) AS common
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
