// name: data_silos
// title: Data silos
// description: Where data stays put, one row per finding, the biggest first, at most limit rows; kind says which of three sorts it is, entity_* names what the finding is about, related_* the other party, holder_* the organisation holding the dataset (null for a theme). The query returns the facts; the app words them (catalogue keys silos.reason.*) in English or Welsh.
// description: isolated_dataset: a dataset that flows (FLOWS_TO) to no organisation or partnership other than its own holder. needed_data_unshared: an active partnership whose remit shares a theme with a dataset that was not produced for it, whose holder is not an active member of it, and that reaches it under no sharing agreement (no flow, or a flow with agreement none). theme_without_sharing: a theme covered by two or more active partnerships no two of which are linked by any dataset (produced for or flowing to both).
// description: Ranking (what matters most first): partnerships_affected, the size of the silo, descending (active partnerships working on the dataset's themes; 1 for a single partnership's need; the partnerships on the theme); ties by kind, then entity id, then related id. total counts every finding of the chosen kind (all kinds when kind is null); isolated_datasets, needed_unshared and themes_without_sharing count each kind whatever kind is chosen. limit null returns every finding (for downloads).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: kind str = null | Only findings of this kind, one of isolated_dataset, needed_data_unshared, theme_without_sharing (null: every kind)
// param: limit int = 200 | Most rows returned, the biggest silos first (null: every finding)
// example: tirlun query run data_silos --param region=ctm --param limit=10
WITH coalesce($as_of, date()) AS as_of
CALL (as_of) {
  MATCH (p:Partnership)
  WHERE ($region IS NULL OR p.region = $region)
    AND (p.established IS NULL OR p.established <= as_of)
    AND (p.dissolved IS NULL OR p.dissolved > as_of)
  RETURN collect(p) AS active
}
CALL (active) {
  UNWIND active AS p
  MATCH (p)-[:HAS_THEME]->(t:Theme)
  WITH t, collect(p) AS ps
  RETURN collect({t: t, ps: ps}) AS by_theme
}
CALL (as_of, by_theme) {
  MATCH (d:Dataset)-[:HELD_BY]->(o:Organisation)
  WHERE ($region IS NULL OR d.region = $region)
    AND NOT EXISTS { MATCH (d)-[:FLOWS_TO]->(t) WHERE t <> o }
  WITH d, o,
       COLLECT { MATCH (d)-[:HAS_THEME]->(t:Theme) RETURN t ORDER BY t.name_en } AS ts
  WITH d, o, ts,
       COUNT { UNWIND [x IN by_theme WHERE x.t IN ts] AS x UNWIND x.ps AS p RETURN DISTINCT p } AS n
  WITH d, o, n, [t IN ts | t.name_en] AS themes, [t IN ts | coalesce(t.name_cy, t.name_en)] AS themes_cy
  RETURN 'isolated_dataset' AS kind, 'dataset' AS entity_kind,
         d.id AS entity_id, d.name_en AS entity_name, coalesce(d.name_cy, d.name_en) AS entity_name_cy,
         o.id AS related_id, o.name_en AS related_name, coalesce(o.name_cy, o.name_en) AS related_name_cy,
         o.id AS holder_id, o.name_en AS holder_name, coalesce(o.name_cy, o.name_en) AS holder_name_cy,
         themes, themes_cy, n AS partnerships_affected
  UNION ALL
  MATCH (d:Dataset)-[:HELD_BY]->(o:Organisation)
  WHERE ($region IS NULL OR d.region = $region)
  WITH d, o,
       [t IN COLLECT { MATCH (d)-[:HAS_THEME]->(t:Theme) RETURN t ORDER BY t.name_en }
        | {t: t, ps: [x IN by_theme WHERE x.t = t][0].ps}] AS tps,
       COLLECT { MATCH (d)-[:PRODUCED_FOR]->(x) RETURN x } AS produced_for,
       COLLECT { MATCH (d)-[f:FLOWS_TO]->(x) WHERE f.agreement IS NOT NULL AND f.agreement <> 'none' RETURN x } AS agreed,
       COLLECT {
         MATCH (o)-[r:MEMBER_OF]->(x)
         WHERE (r.since IS NULL OR r.since <= as_of) AND (r.until IS NULL OR r.until > as_of)
         RETURN x
       } AS member_of
  UNWIND COLLECT {
    UNWIND tps AS y
    UNWIND y.ps AS p
    WITH DISTINCT p
    WHERE NOT p IN produced_for AND NOT p IN agreed AND NOT p IN member_of
    RETURN p
  } AS p
  WITH p, d, o, [y IN tps WHERE p IN y.ps | y.t] AS ts
  WITH p, d, o, [t IN ts | t.name_en] AS themes, [t IN ts | coalesce(t.name_cy, t.name_en)] AS themes_cy
  RETURN 'needed_data_unshared' AS kind, 'partnership' AS entity_kind,
         p.id AS entity_id, p.name_en AS entity_name, coalesce(p.name_cy, p.name_en) AS entity_name_cy,
         d.id AS related_id, d.name_en AS related_name, coalesce(d.name_cy, d.name_en) AS related_name_cy,
         o.id AS holder_id, o.name_en AS holder_name, coalesce(o.name_cy, o.name_en) AS holder_name_cy,
         themes, themes_cy, 1 AS partnerships_affected
  UNION ALL
  UNWIND by_theme AS x
  WITH x.t AS t, x.ps AS ps
  WHERE size(ps) >= 2
    AND NOT EXISTS {
      MATCH (p1:Partnership)<-[:PRODUCED_FOR|FLOWS_TO]-(:Dataset)-[:PRODUCED_FOR|FLOWS_TO]->(p2:Partnership)
      WHERE p1 IN ps AND p2 IN ps AND p1 <> p2
    }
  RETURN 'theme_without_sharing' AS kind, 'theme' AS entity_kind,
         t.id AS entity_id, t.name_en AS entity_name, coalesce(t.name_cy, t.name_en) AS entity_name_cy,
         null AS related_id, null AS related_name, null AS related_name_cy,
         null AS holder_id, null AS holder_name, null AS holder_name_cy,
         [t.name_en] AS themes, [coalesce(t.name_cy, t.name_en)] AS themes_cy, size(ps) AS partnerships_affected
}
WITH kind, entity_kind, entity_id, entity_name, entity_name_cy, related_id, related_name, related_name_cy,
     holder_id, holder_name, holder_name_cy, themes, themes_cy, partnerships_affected
ORDER BY partnerships_affected DESC, kind, entity_id, related_id
WITH collect({kind: kind, entity_kind: entity_kind, entity_id: entity_id, entity_name: entity_name,
              entity_name_cy: entity_name_cy, related_id: related_id, related_name: related_name,
              related_name_cy: related_name_cy, holder_id: holder_id, holder_name: holder_name,
              holder_name_cy: holder_name_cy, themes: themes, themes_cy: themes_cy,
              partnerships_affected: partnerships_affected}) AS found
WITH [f IN found WHERE $kind IS NULL OR f.kind = $kind] AS chosen,
     size([f IN found WHERE f.kind = 'isolated_dataset']) AS isolated_datasets,
     size([f IN found WHERE f.kind = 'needed_data_unshared']) AS needed_unshared,
     size([f IN found WHERE f.kind = 'theme_without_sharing']) AS themes_without_sharing
UNWIND chosen[0..coalesce($limit, size(chosen))] AS f
RETURN f.kind AS kind, f.entity_kind AS entity_kind, f.entity_id AS entity_id, f.entity_name AS entity_name,
       f.entity_name_cy AS entity_name_cy, f.related_id AS related_id, f.related_name AS related_name,
       f.related_name_cy AS related_name_cy, f.holder_id AS holder_id, f.holder_name AS holder_name,
       f.holder_name_cy AS holder_name_cy, f.themes AS themes, f.themes_cy AS themes_cy,
       f.partnerships_affected AS partnerships_affected, size(chosen) AS total,
       isolated_datasets, needed_unshared, themes_without_sharing
