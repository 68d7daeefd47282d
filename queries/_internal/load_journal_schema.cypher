// name: load_journal_schema
// mode: write
// title: Indexes of the load journal
// description: Lets recovery find a load's record and snapshot without scanning. Safe to run again.
CREATE CONSTRAINT load_record_id IF NOT EXISTS FOR (n:LoadRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX load_snapshot_load IF NOT EXISTS FOR (n:LoadSnapshot) ON (n._load);
CREATE INDEX load_snapshot_link_from IF NOT EXISTS FOR (n:LoadSnapshotLink) ON (n._load, n._from)
