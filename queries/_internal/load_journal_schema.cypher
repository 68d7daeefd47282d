// name: load_journal_schema
// mode: write
// title: Indexes of the load journal
// description: Lets recovery find a load's record and snapshot without scanning; the unique LoadLock id is what lets
// description: one loader at a time run (two CREATEs of the lock cannot both commit); one GraphVersion node. Safe to run again.
CREATE CONSTRAINT load_record_id IF NOT EXISTS FOR (n:LoadRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX load_snapshot_load IF NOT EXISTS FOR (n:LoadSnapshot) ON (n._load);
CREATE INDEX load_snapshot_link_from IF NOT EXISTS FOR (n:LoadSnapshotLink) ON (n._load, n._from);
CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE
