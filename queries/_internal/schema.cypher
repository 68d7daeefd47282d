// name: schema
// mode: write
// title: Constraints and indexes
// description: Uniqueness constraints on every id and the indexes the library queries use. Safe to run again.
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legislation_id IF NOT EXISTS FOR (n:Legislation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT criterion_id IF NOT EXISTS FOR (n:Criterion) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.start);
CREATE INDEX meeting_region IF NOT EXISTS FOR (n:Meeting) ON (n.region);
CREATE INDEX partnership_region IF NOT EXISTS FOR (n:Partnership) ON (n.region);
CREATE INDEX person_region IF NOT EXISTS FOR (n:Person) ON (n.region);
CREATE INDEX dataset_region IF NOT EXISTS FOR (n:Dataset) ON (n.region);
CREATE INDEX organisation_sector IF NOT EXISTS FOR (n:Organisation) ON (n.sector);
CREATE INDEX partnership_kind IF NOT EXISTS FOR (n:Partnership) ON (n.kind);
// one FindingSet per key (findings_put MERGEs on it): also the index a page's lookup uses (tirlun/answers/stored.py)
CREATE CONSTRAINT finding_set_key IF NOT EXISTS FOR (n:FindingSet) REQUIRE n.key IS UNIQUE
