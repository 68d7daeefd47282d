// name: bench_load_csv_probe
// title: Can the server LOAD CSV from its import folder?
// description: Reads one line of the benchmark's file through LOAD CSV and writes nothing, so the bench can say plainly when the server refuses file URLs (Tirlun's local server does, unless started with TIRLUN_NEO4J_FILE_CSV=1).
// param: url str | file:/// URL of the CSV in the server's import folder
LOAD CSV WITH HEADERS FROM $url AS row
WITH row LIMIT 1
RETURN count(row) AS rows
