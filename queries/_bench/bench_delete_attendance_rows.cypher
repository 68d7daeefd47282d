// name: bench_delete_attendance_rows
// mode: write
// title: Remove some ATTENDED relationships (benchmark)
// description: Removes the attendance rows of the naive sample, so the naive writer creates them as the loader did.
// param: rows list | Maps with person_id and meeting_id
UNWIND $rows AS row
MATCH (:Person {id: row.person_id})-[r:ATTENDED]->(:Meeting {id: row.meeting_id})
DELETE r
