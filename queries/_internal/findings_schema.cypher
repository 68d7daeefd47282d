// name: findings_schema
// mode: write
// title: Index of the stored findings
// description: One FindingSet per key (findings_put MERGEs on it): the constraint is also the index a page's lookup uses. Safe to run again.
CREATE CONSTRAINT finding_set_key IF NOT EXISTS FOR (n:FindingSet) REQUIRE n.key IS UNIQUE
