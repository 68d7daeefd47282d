// name: bench_delete_attendance
// mode: write
// title: Remove every ATTENDED relationship (benchmark)
// description: Clears attendance in batches so `tirlun bench` can write the same rows again with LOAD CSV. Auto-commit only.
MATCH ()-[r:ATTENDED]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
