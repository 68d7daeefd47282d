// name: assessment_scores
// title: Self-assessment scores over time
// description: The scores (1 weak to 5 strong) partnerships gave themselves, one row per partnership, assessment and criterion, for assessments dated on or before as_of. framework is spat (Social Partnership Assessment Tool) or maef (multi-agency effectiveness factors); name_en and name_cy name the criterion.
// description: previous_score is the same partnership's score on the same criterion in its previous assessment, and change = score - previous_score (null for a first assessment), so a column of changes shows where a partnership improved or slipped. Sorted by partnership, criterion and date.
// description: Bounded: latest = N keeps each partnership's N latest assessments (by date, then id) that score the chosen framework, so a page showing the last three never fetches a partnership's whole history; previous_score still looks back at every earlier assessment.
// description: illustrative is the score row's own flag (true: invented to show how the view works; false: from a public
// description: source or saved by the partnership in the app), so a sentence about an assessment can say what it rests on.
// param: as_of date = today | Latest assessment date included (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: partnership str = null | A partnership id to show only its scores; null shows all
// param: framework str = null | Only one framework: one of spat, maef (null: both)
// param: latest int = null | Only each partnership's latest N assessments that score the framework (null: all)
// example: tirlun query run assessment_scores --param partnership=ctm-rpb --param framework=maef
WITH coalesce($as_of, date()) AS as_of
MATCH (a:Assessment)-[:ASSESSES]->(p:Partnership)
WHERE (a.date IS NULL OR a.date <= as_of)
  AND ($region IS NULL OR p.region = $region)
  AND ($partnership IS NULL OR p.id = $partnership)
  AND ($latest IS NULL OR COUNT {
        MATCH (later:Assessment)-[:ASSESSES]->(p)
        WHERE (later.date IS NULL OR later.date <= as_of)
          AND (later.date > a.date OR (later.date = a.date AND later.id > a.id))
          AND EXISTS { MATCH (later)-[:SCORED]->(lc:Criterion) WHERE $framework IS NULL OR lc.framework = $framework }
      } < $latest)
MATCH (a)-[s:SCORED]->(c:Criterion)
WHERE $framework IS NULL OR c.framework = $framework
WITH p, a, c, s,
     COLLECT {
       MATCH (prev:Assessment)-[:ASSESSES]->(p)
       WHERE prev.date < a.date
       MATCH (prev)-[ps:SCORED]->(c)
       RETURN ps.score ORDER BY prev.date DESC, prev.id DESC LIMIT 1
     }[0] AS previous_score
RETURN p.id AS partnership_id, p.name_en AS partnership_name, coalesce(p.name_cy, p.name_en) AS partnership_name_cy,
       a.id AS assessment_id, a.date AS date,
       c.id AS criterion_id, c.framework AS framework, c.name_en AS name_en, c.name_cy AS name_cy,
       s.score AS score, previous_score, s.score - previous_score AS change, s.notes AS notes,
       s.illustrative AS illustrative
ORDER BY partnership_id, criterion_id, date, assessment_id
