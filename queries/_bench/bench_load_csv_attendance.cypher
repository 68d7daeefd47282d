// name: bench_load_csv_attendance
// mode: write
// title: Attendance by LOAD CSV (benchmark)
// description: The server reads attendance.csv from its import folder and writes ATTENDED relationships in batched transactions,
// description: with the same properties as the loader's load_attendance. Used by `tirlun bench` as the server-side yardstick; run it
// description: in an auto-commit transaction (Database.run_script), since CALL ... IN TRANSACTIONS cannot run inside another.
// param: url str | file:/// URL of the CSV, relative to the server's import folder
LOAD CSV WITH HEADERS FROM $url AS line
CALL (line) {
  MATCH (pe:Person {id: line.person_id})
  MATCH (m:Meeting {id: line.meeting_id})
  MERGE (pe)-[r:ATTENDED]->(m)
  SET r.as = line.attended_as, r.source = line.source, r.as_of = date(line.as_of),
      r.illustrative = toBoolean(line.illustrative), r.note = line.note
} IN TRANSACTIONS OF 10000 ROWS
