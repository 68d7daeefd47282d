// name: load_journal_begin
// mode: write
// title: Open a load's journal
// description: Written and committed before a load writes anything: a LoadRecord (who, when, file hash, rows per table,
// description: region, status 'running', the loading process) and, for a load batch by batch, a copy of each shared
// description: reference node it will merge (LoadSnapshot) and of their PART_OF / SERVES links (LoadSnapshotLink), plus
// description: the ids of reference nodes it will create. An unfinished journal is undone exactly by load_journal_undo.
// description: In the same transaction it creates the one LoadLock (unique id 'load'): a second load started at the same
// description: moment fails on the constraint and writes nothing, so two loads never run at once.
// param: id str | The load's id
// param: region str | Region loaded
// param: by str | Who loads (an OS user name, or --by)
// param: file_hash str | SHA-256 of the input
// param: tables list | Table names of the input
// param: table_rows list | Rows per table, in the order of tables
// param: scheme str | 'single' (one transaction) or 'batched'
// param: host str | Host of the loading process
// param: pid int | Process id of the loading process
// param: proc_start str | Start time of that process (tells a reused pid apart)
// param: existing list | Reference nodes that exist, as maps {label, id}, to snapshot
// param: created list | Reference nodes the load creates, as 'Label:id'
CREATE (j:LoadRecord {id: $id, region_id: $region, by: $by, file_hash: $file_hash, tables: $tables,
                      table_rows: $table_rows, scheme: $scheme, host: $host, pid: $pid, proc_start: $proc_start,
                      created: $created, status: 'running', reported: false,
                      started: datetime(), heartbeat: datetime()})
CREATE (:LoadLock {id: 'load', load: $id, region: $region, started: datetime()})
WITH j
CALL (j) {
  UNWIND $existing AS ref
  CALL (ref) {
    MATCH (n:Area {id: ref.id}) WHERE ref.label = 'Area' RETURN n
    UNION
    MATCH (n:Theme {id: ref.id}) WHERE ref.label = 'Theme' RETURN n
    UNION
    MATCH (n:Legislation {id: ref.id}) WHERE ref.label = 'Legislation' RETURN n
    UNION
    MATCH (n:Organisation {id: ref.id}) WHERE ref.label = 'Organisation' RETURN n
    UNION
    MATCH (n:Criterion {id: ref.id}) WHERE ref.label = 'Criterion' RETURN n
  }
  CREATE (s:LoadSnapshot)
  SET s = properties(n), s._load = j.id, s._label = ref.label, s._id = ref.id
  WITH j, n, ref
  CALL (j, n, ref) {
    MATCH (n)-[r:PART_OF|SERVES]->(t:Area)
    CREATE (l:LoadSnapshotLink)
    SET l = properties(r), l._load = j.id, l._label = ref.label, l._from = ref.id, l._type = type(r), l._to = t.id
  }
}
RETURN j.id AS id
