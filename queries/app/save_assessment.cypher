// name: save_assessment
// mode: write
// title: Save a self-assessment
// description: The app's only write: one Assessment of a partnership with a score per criterion, shaped as the loader
// description: shapes assessments.csv rows, plus who saved it and when (Assessment ASSESSES Partnership, SCORED Criterion with score and notes).
// param: assessment_id str | Id of the assessment
// param: partnership_id str | Partnership assessed
// param: date date | Date of the assessment
// param: region str | Region the partnership belongs to
// param: source str = Tirlun self-assessment form | Where the scores come from
// param: scores list | Maps with criterion, score (1-5) and notes
// param: by str | Who saved it: the signed-in editor, or the app when the host opened writing without sign-in
MATCH (p:Partnership {id: $partnership_id})
MERGE (a:Assessment {id: $assessment_id})
SET a.date = $date, a.partnership_id = $partnership_id, a.region = $region,
    a.source = $source, a.as_of = $date, a.illustrative = false, a.saved_by = $by, a.saved = datetime()
MERGE (a)-[ar:ASSESSES]->(p)
SET ar.source = $source, ar.as_of = $date, ar.illustrative = false
WITH a
UNWIND $scores AS row
MATCH (c:Criterion {id: row.criterion})
MERGE (a)-[s:SCORED]->(c)
SET s.score = row.score, s.notes = row.notes, s.source = $source, s.as_of = $date, s.illustrative = false
RETURN a.id AS assessment_id, count(s) AS scores
