// name: data_silos
// title: Data and information silos
// description: Where intelligence stays inside one structure, and where personal data travels with no protocol recorded, one row per finding, at most limit rows. The query returns the facts; the app words them (catalogue keys silos.reason.*) in English or Welsh, each with the rule it rests on.
// description: unused_assessment (seed 000: data and information are often confined to policy domains or regional structures): an assessment, or an aggregate or statistical dataset, current on as_of and made for one partnership, that reaches (FLOWS_TO) neither another active board nor any of its sub-groups, where that board shares a theme with it, covers an overlapping footprint and has a current assessment, plan or strategy of its own. law is wfga_s38 when the law asks for the use: a public services board's assessment of local well-being must take into account the most recent population assessment (Well-being of Future Generations (Wales) Act 2015 s.38; Social Services and Well-being (Wales) Act 2014 s.14).
// description: duplicate_assessment: two assessments current on as_of (the same period), made for partnerships with overlapping footprints, sharing a theme. personal_flow_unrecorded: a flow of personal data from its controller to another organisation, or to a partnership (not a data controller: its member organisations receive it), with no protocol recorded (WASPI: information sharing protocol, data disclosure agreement, joint controller agreement): a question to check, not a breach. Aggregate and published datasets need no protocol and are never in this kind; personal data is never in the other two.
// description: Each row carries the rows it rests on: rows (how many) and sourced (how many of them have illustrative = false): unused_assessment the dataset and both partnerships; duplicate_assessment the two datasets; personal_flow_unrecorded the dataset and the flow. Ranking: kind (unused_assessment, duplicate_assessment, personal_flow_unrecorded), then law first, then shared themes (most first), then dataset id, other id (then made-for id, controller id). total counts every finding of the chosen kind (all kinds when kind is null); unused_assessments, duplicate_assessments and unrecorded_flows count each kind whatever kind is chosen. evidence_by_kind holds, for each kind, the rows behind every finding of that kind (rows) and how many of them are sourced (sourced), whatever kind is chosen and however many rows are returned: what the counts by kind rest on. limit null returns every finding (for downloads).
// description: Method: the findings are found twice with the same rules (one text, written twice): once counted by kind and summed in an aggregation, once ranked with ORDER BY ... LIMIT, so the server holds the current products and the planning boards (one entry each) and at most limit ranked rows, never a list of every finding.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id) whose datasets are judged; null means all regions
// param: kind str = null | Only findings of this kind, one of unused_assessment, duplicate_assessment, personal_flow_unrecorded (null: every kind)
// param: limit int = 200 | Most rows returned, in ranking order (null: every finding)
// example: tirlun query run data_silos --param region=ctm --param limit=10
WITH coalesce($as_of, date()) AS as_of
// The counts: every finding of every kind, counted and its rows summed in the aggregation (never listed).
CALL (as_of) {
  CALL (as_of) {
    WITH as_of, null AS only
    CALL (as_of, only) {
    WITH as_of, only WHERE only IS NULL OR only IN ['unused_assessment', 'duplicate_assessment']
    CALL (as_of) {
      // Current non-personal intelligence products made for an active partnership, with that partnership's places.
      MATCH (d:Dataset)-[:PRODUCED_FOR]->(p:Partnership)
      WHERE ($region IS NULL OR d.region = $region)
        AND d.kind <> 'personal' AND (d.form = 'assessment' OR d.kind = 'aggregate')
        AND (d.period_start IS NULL OR d.period_start <= as_of) AND (d.period_end IS NULL OR d.period_end >= as_of)
        AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of)
      RETURN collect({d: d, p: p,
                      places: COLLECT { MATCH (p)-[:COVERS]->(:Area)<-[:PART_OF*0..]-(x:Area) RETURN DISTINCT x.id },
                      themes: COLLECT { MATCH (d)-[:HAS_THEME]->(t:Theme) RETURN t ORDER BY t.name_en },
                      // its own board (a product of a sub-group is not "unused" by its board)
                      parent: COLLECT { MATCH (p)-[:SUBGROUP_OF]->(b:Partnership) RETURN b },
                      // the boards it reaches: a partnership it flows to, or that partnership's board
                      reached: COLLECT {
                        MATCH (d)-[:FLOWS_TO]->(x:Partnership)
                        OPTIONAL MATCH (x)-[:SUBGROUP_OF]->(b:Partnership)
                        UNWIND [x, b] AS y
                        WITH y WHERE y IS NOT NULL
                        RETURN DISTINCT y
                      }}) AS products
    }
    CALL (as_of) {
      // Active boards that plan on their own: a current assessment, plan or strategy made for them or a sub-group.
      MATCH (own:Dataset)-[:PRODUCED_FOR]->(x:Partnership)
      WHERE own.kind <> 'personal' AND own.form IN ['assessment', 'plan', 'strategy']
        AND (own.period_start IS NULL OR own.period_start <= as_of) AND (own.period_end IS NULL OR own.period_end >= as_of)
      OPTIONAL MATCH (x)-[:SUBGROUP_OF]->(b:Partnership)
      WITH DISTINCT coalesce(b, x) AS q, as_of
      WHERE q.level = 'board'
        AND (q.established IS NULL OR q.established <= as_of) AND (q.dissolved IS NULL OR q.dissolved > as_of)
      RETURN collect({q: q,
                      places: COLLECT { MATCH (q)-[:COVERS]->(:Area)<-[:PART_OF*0..]-(x:Area) RETURN DISTINCT x.id },
                      themes: COLLECT { MATCH (q)-[:HAS_THEME]->(t:Theme) RETURN t }}) AS planners
    }
    CALL (only, products, planners) {
      WITH only, products, planners WHERE only IS NULL OR only = 'unused_assessment'
      UNWIND products AS a
      UNWIND [b IN planners WHERE any(t IN a.themes WHERE t IN b.themes)] AS b  // the boards sharing a theme
      WITH a, b.q AS q, b.places AS pb, [t IN a.themes WHERE t IN b.themes] AS shared
      WHERE a.p <> q AND NOT q IN a.parent AND NOT q IN a.reached
        AND size(shared) > 0 AND any(x IN a.places WHERE x IN pb)
      WITH a.d AS d, a.p AS p, q, shared
      MATCH (d)-[:HELD_BY]->(c:Organisation)
      RETURN 'unused_assessment' AS kind, d, p AS made_for, 'partnership' AS other_kind, q AS other, c,
             CASE WHEN p.kind = 'rpb' AND q.kind = 'psb' AND d.form = 'assessment' THEN 'wfga_s38' END AS law,
             shared, [d.illustrative, p.illustrative, q.illustrative] AS flags
      UNION ALL
      WITH only, products WHERE only IS NULL OR only = 'duplicate_assessment'
      WITH [a IN products WHERE a.d.form = 'assessment'] AS assessments
      UNWIND assessments AS a
      UNWIND assessments AS b
      WITH a, b WHERE a.d.id < b.d.id
      WITH a.d AS d, a.p AS p, b.d AS other, [t IN a.themes WHERE t IN b.themes] AS shared, a.places AS pa,
           b.places AS pb
      WHERE size(shared) > 0 AND any(x IN pa WHERE x IN pb)
      MATCH (d)-[:HELD_BY]->(c:Organisation)
      RETURN 'duplicate_assessment' AS kind, d, p AS made_for, 'dataset' AS other_kind, other, c,
             null AS law, shared, [d.illustrative, other.illustrative] AS flags
    }
    RETURN kind, d, made_for, other_kind, other, c, law, shared, flags
    UNION ALL
    // (a UNION's rows hold only what it returns: the lists above stay inside this subquery)
    WITH as_of, only WHERE only IS NULL OR only = 'personal_flow_unrecorded'
    MATCH (d:Dataset {kind: 'personal'})-[f:FLOWS_TO]->(to)
    WHERE ($region IS NULL OR d.region = $region) AND f.protocol IS NULL
    MATCH (d)-[:HELD_BY]->(c:Organisation)
    WITH d, f, to, c
    WHERE to <> c
    OPTIONAL MATCH (d)-[:PRODUCED_FOR]->(p:Partnership)
    RETURN 'personal_flow_unrecorded' AS kind, d, p AS made_for,
           CASE WHEN to:Organisation THEN 'organisation' ELSE 'partnership' END AS other_kind, to AS other, c,
           null AS law, COLLECT { MATCH (d)-[:HAS_THEME]->(t:Theme) RETURN t ORDER BY t.name_en } AS shared,
           [d.illustrative, f.illustrative] AS flags
    }
    RETURN kind, flags
  }
  WITH kind, size(flags) AS rows, size([x IN flags WHERE x = false]) AS sourced
  // scalars only: every ranked row carries them, and ORDER BY ... LIMIT weighs each row it keeps
  RETURN sum(CASE kind WHEN 'unused_assessment' THEN 1 ELSE 0 END) AS unused_assessments,
         sum(CASE kind WHEN 'duplicate_assessment' THEN 1 ELSE 0 END) AS duplicate_assessments,
         sum(CASE kind WHEN 'personal_flow_unrecorded' THEN 1 ELSE 0 END) AS unrecorded_flows,
         sum(CASE kind WHEN 'unused_assessment' THEN rows ELSE 0 END) AS unused_rows,
         sum(CASE kind WHEN 'unused_assessment' THEN sourced ELSE 0 END) AS unused_sourced,
         sum(CASE kind WHEN 'duplicate_assessment' THEN rows ELSE 0 END) AS duplicate_rows,
         sum(CASE kind WHEN 'duplicate_assessment' THEN sourced ELSE 0 END) AS duplicate_sourced,
         sum(CASE kind WHEN 'personal_flow_unrecorded' THEN rows ELSE 0 END) AS unrecorded_rows,
         sum(CASE kind WHEN 'personal_flow_unrecorded' THEN sourced ELSE 0 END) AS unrecorded_sourced
}
WITH as_of, unused_assessments, duplicate_assessments, unrecorded_flows, unused_rows, unused_sourced, duplicate_rows,
     duplicate_sourced, unrecorded_rows, unrecorded_sourced,
     CASE WHEN $kind IS NULL THEN unused_assessments + duplicate_assessments + unrecorded_flows
          WHEN $kind = 'unused_assessment' THEN unused_assessments
          WHEN $kind = 'duplicate_assessment' THEN duplicate_assessments
          WHEN $kind = 'personal_flow_unrecorded' THEN unrecorded_flows
          ELSE 0 END AS total
WHERE total > 0
// The rows: the findings of the chosen kind, the same rules again; ORDER BY ... LIMIT keeps only the best limit rows.
CALL (as_of) {
  WITH as_of, $kind AS only
  CALL (as_of, only) {
  WITH as_of, only WHERE only IS NULL OR only IN ['unused_assessment', 'duplicate_assessment']
  CALL (as_of) {
    // Current non-personal intelligence products made for an active partnership, with that partnership's places.
    MATCH (d:Dataset)-[:PRODUCED_FOR]->(p:Partnership)
    WHERE ($region IS NULL OR d.region = $region)
      AND d.kind <> 'personal' AND (d.form = 'assessment' OR d.kind = 'aggregate')
      AND (d.period_start IS NULL OR d.period_start <= as_of) AND (d.period_end IS NULL OR d.period_end >= as_of)
      AND (p.established IS NULL OR p.established <= as_of) AND (p.dissolved IS NULL OR p.dissolved > as_of)
    RETURN collect({d: d, p: p,
                    places: COLLECT { MATCH (p)-[:COVERS]->(:Area)<-[:PART_OF*0..]-(x:Area) RETURN DISTINCT x.id },
                    themes: COLLECT { MATCH (d)-[:HAS_THEME]->(t:Theme) RETURN t ORDER BY t.name_en },
                    // its own board (a product of a sub-group is not "unused" by its board)
                    parent: COLLECT { MATCH (p)-[:SUBGROUP_OF]->(b:Partnership) RETURN b },
                    // the boards it reaches: a partnership it flows to, or that partnership's board
                    reached: COLLECT {
                      MATCH (d)-[:FLOWS_TO]->(x:Partnership)
                      OPTIONAL MATCH (x)-[:SUBGROUP_OF]->(b:Partnership)
                      UNWIND [x, b] AS y
                      WITH y WHERE y IS NOT NULL
                      RETURN DISTINCT y
                    }}) AS products
  }
  CALL (as_of) {
    // Active boards that plan on their own: a current assessment, plan or strategy made for them or a sub-group.
    MATCH (own:Dataset)-[:PRODUCED_FOR]->(x:Partnership)
    WHERE own.kind <> 'personal' AND own.form IN ['assessment', 'plan', 'strategy']
      AND (own.period_start IS NULL OR own.period_start <= as_of) AND (own.period_end IS NULL OR own.period_end >= as_of)
    OPTIONAL MATCH (x)-[:SUBGROUP_OF]->(b:Partnership)
    WITH DISTINCT coalesce(b, x) AS q, as_of
    WHERE q.level = 'board'
      AND (q.established IS NULL OR q.established <= as_of) AND (q.dissolved IS NULL OR q.dissolved > as_of)
    RETURN collect({q: q,
                    places: COLLECT { MATCH (q)-[:COVERS]->(:Area)<-[:PART_OF*0..]-(x:Area) RETURN DISTINCT x.id },
                    themes: COLLECT { MATCH (q)-[:HAS_THEME]->(t:Theme) RETURN t }}) AS planners
  }
  CALL (only, products, planners) {
    WITH only, products, planners WHERE only IS NULL OR only = 'unused_assessment'
    UNWIND products AS a
    UNWIND [b IN planners WHERE any(t IN a.themes WHERE t IN b.themes)] AS b  // the boards sharing a theme
    WITH a, b.q AS q, b.places AS pb, [t IN a.themes WHERE t IN b.themes] AS shared
    WHERE a.p <> q AND NOT q IN a.parent AND NOT q IN a.reached
      AND size(shared) > 0 AND any(x IN a.places WHERE x IN pb)
    WITH a.d AS d, a.p AS p, q, shared
    MATCH (d)-[:HELD_BY]->(c:Organisation)
    RETURN 'unused_assessment' AS kind, d, p AS made_for, 'partnership' AS other_kind, q AS other, c,
           CASE WHEN p.kind = 'rpb' AND q.kind = 'psb' AND d.form = 'assessment' THEN 'wfga_s38' END AS law,
           shared, [d.illustrative, p.illustrative, q.illustrative] AS flags
    UNION ALL
    WITH only, products WHERE only IS NULL OR only = 'duplicate_assessment'
    WITH [a IN products WHERE a.d.form = 'assessment'] AS assessments
    UNWIND assessments AS a
    UNWIND assessments AS b
    WITH a, b WHERE a.d.id < b.d.id
    WITH a.d AS d, a.p AS p, b.d AS other, [t IN a.themes WHERE t IN b.themes] AS shared, a.places AS pa,
         b.places AS pb
    WHERE size(shared) > 0 AND any(x IN pa WHERE x IN pb)
    MATCH (d)-[:HELD_BY]->(c:Organisation)
    RETURN 'duplicate_assessment' AS kind, d, p AS made_for, 'dataset' AS other_kind, other, c,
           null AS law, shared, [d.illustrative, other.illustrative] AS flags
  }
  RETURN kind, d, made_for, other_kind, other, c, law, shared, flags
  UNION ALL
  // (a UNION's rows hold only what it returns: the lists above stay inside this subquery)
  WITH as_of, only WHERE only IS NULL OR only = 'personal_flow_unrecorded'
  MATCH (d:Dataset {kind: 'personal'})-[f:FLOWS_TO]->(to)
  WHERE ($region IS NULL OR d.region = $region) AND f.protocol IS NULL
  MATCH (d)-[:HELD_BY]->(c:Organisation)
  WITH d, f, to, c
  WHERE to <> c
  OPTIONAL MATCH (d)-[:PRODUCED_FOR]->(p:Partnership)
  RETURN 'personal_flow_unrecorded' AS kind, d, p AS made_for,
         CASE WHEN to:Organisation THEN 'organisation' ELSE 'partnership' END AS other_kind, to AS other, c,
         null AS law, COLLECT { MATCH (d)-[:HAS_THEME]->(t:Theme) RETURN t ORDER BY t.name_en } AS shared,
         [d.illustrative, f.illustrative] AS flags
  }
  RETURN kind, d, made_for, other_kind, other, c, law, shared, flags
}
WITH kind, d, made_for, other_kind, other, c, law, shared, flags, total, unused_assessments, duplicate_assessments,
     unrecorded_flows, unused_rows, unused_sourced, duplicate_rows, duplicate_sourced, unrecorded_rows,
     unrecorded_sourced,
     CASE kind WHEN 'unused_assessment' THEN 0 WHEN 'duplicate_assessment' THEN 1 ELSE 2 END AS kind_order
ORDER BY kind_order, law IS NULL, size(shared) DESC, d.id, other.id, made_for.id, c.id
LIMIT coalesce($limit, 1000000000)
RETURN kind, d.id AS dataset_id, d.name_en AS dataset_name, coalesce(d.name_cy, d.name_en) AS dataset_name_cy,
       d.kind AS dataset_kind, d.form AS dataset_form,
       made_for.id AS made_for_id, made_for.name_en AS made_for_name,
       coalesce(made_for.name_cy, made_for.name_en) AS made_for_name_cy,
       other_kind, other.id AS other_id, other.name_en AS other_name,
       coalesce(other.name_cy, other.name_en) AS other_name_cy,
       c.id AS controller_id, c.name_en AS controller_name, coalesce(c.name_cy, c.name_en) AS controller_name_cy,
       law, [t IN shared | t.name_en] AS themes, [t IN shared | coalesce(t.name_cy, t.name_en)] AS themes_cy,
       size(flags) AS rows, size([x IN flags WHERE x = false]) AS sourced, total,
       unused_assessments, duplicate_assessments, unrecorded_flows,
       [{kind: 'unused_assessment', rows: unused_rows, sourced: unused_sourced},
        {kind: 'duplicate_assessment', rows: duplicate_rows, sourced: duplicate_sourced},
        {kind: 'personal_flow_unrecorded', rows: unrecorded_rows, sourced: unrecorded_sourced}] AS evidence_by_kind
