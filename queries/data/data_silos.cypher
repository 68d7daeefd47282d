// name: data_silos
// title: Data silos
// title_cy: Seilos data
// description: Where data stays put, one row per finding; kind says which of three sorts it is, entity_* names what the finding is about, related_* the other party, and reason/reason_cy explain it in plain language.
// description: isolated_dataset: a dataset that flows (FLOWS_TO) to no organisation or partnership other than its own holder. needed_data_unshared: an active partnership whose remit shares a theme with a dataset that was not produced for it, whose holder is not an active member of it, and that reaches it under no sharing agreement (no flow, or a flow with agreement none). theme_without_sharing: a theme covered by two or more active partnerships no two of which are linked by any dataset (produced for or flowing to both).
// description: partnerships_affected measures the size of the silo (active partnerships working on the dataset's themes, 1 for a single partnership's need, or the partnerships on the theme); the biggest silos come first.
// description_cy: Lle mae data'n aros yn ei unfan, un rhes i bob canfyddiad; mae kind yn dweud pa un o dri math ydyw, mae entity_* yn enwi testun y canfyddiad, related_* y parti arall, ac mae reason/reason_cy yn ei egluro mewn iaith glir.
// description_cy: isolated_dataset: set ddata nad yw'n llifo (FLOWS_TO) i unrhyw sefydliad na phartneriaeth ar wahân i'w deiliad ei hun. needed_data_unshared: partneriaeth weithredol y mae ei chylch gwaith yn rhannu thema â set ddata na chafodd ei chynhyrchu ar ei chyfer, nad yw ei deiliad yn aelod gweithredol ohoni, ac nad yw'n ei chyrraedd o dan unrhyw gytundeb rhannu (dim llif, neu lif â'r cytundeb none). theme_without_sharing: thema a gwmpesir gan ddwy neu ragor o bartneriaethau gweithredol heb unrhyw set ddata'n cysylltu unrhyw ddwy ohonynt (wedi'i chynhyrchu ar gyfer y ddwy neu'n llifo i'r ddwy).
// description_cy: Mae partnerships_affected yn mesur maint y seilo (partneriaethau gweithredol sy'n gweithio ar themâu'r set ddata, 1 ar gyfer angen un bartneriaeth, neu'r partneriaethau ar y thema); daw'r seilos mwyaf yn gyntaf.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// example: tirlun query run data_silos --param region=ctm
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
         themes, themes_cy, n AS partnerships_affected,
         "Dataset '" + d.name_en + "' (held by " + o.name_en
           + ') flows to no other organisation or partnership; ' + toString(n)
           + ' active partnership(s) work on its themes.' AS reason,
         "Set ddata '" + coalesce(d.name_cy, d.name_en) + "' (deiliad: " + coalesce(o.name_cy, o.name_en)
           + "): nid yw'n llifo i unrhyw sefydliad na phartneriaeth arall; mae " + toString(n)
           + " partneriaeth weithredol yn gweithio ar ei themâu." AS reason_cy
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
  WITH p, d, o, themes, themes_cy,
       reduce(s = '', x IN themes | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) AS theme_text,
       reduce(s = '', x IN themes_cy | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x) AS theme_text_cy
  RETURN 'needed_data_unshared' AS kind, 'partnership' AS entity_kind,
         p.id AS entity_id, p.name_en AS entity_name, coalesce(p.name_cy, p.name_en) AS entity_name_cy,
         d.id AS related_id, d.name_en AS related_name, coalesce(d.name_cy, d.name_en) AS related_name_cy,
         themes, themes_cy, 1 AS partnerships_affected,
         p.name_en + ' works on ' + theme_text + " but has no sharing agreement for dataset '" + d.name_en
           + "', held by " + o.name_en + ', which is not a member.' AS reason,
         'Mae cylch gwaith ' + coalesce(p.name_cy, p.name_en) + ' yn cynnwys ' + theme_text_cy
           + ", ond nid oes cytundeb rhannu ar gyfer y set ddata '" + coalesce(d.name_cy, d.name_en)
           + "' (deiliad: " + coalesce(o.name_cy, o.name_en) + ", nad yw'n aelod)." AS reason_cy
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
         [t.name_en] AS themes, [coalesce(t.name_cy, t.name_en)] AS themes_cy, size(ps) AS partnerships_affected,
         toString(size(ps)) + ' active partnerships work on ' + t.name_en
           + ' but no dataset is shared between any two of them.' AS reason,
         'Mae ' + toString(size(ps)) + " partneriaeth weithredol yn gweithio ar y thema '" + coalesce(t.name_cy, t.name_en)
           + "' ond nid oes unrhyw set ddata'n cael ei rhannu rhwng unrhyw ddwy ohonynt." AS reason_cy
}
RETURN kind, entity_kind, entity_id, entity_name, entity_name_cy, related_id, related_name, related_name_cy,
       themes, themes_cy, partnerships_affected, reason, reason_cy
ORDER BY partnerships_affected DESC, kind, entity_id, related_id
