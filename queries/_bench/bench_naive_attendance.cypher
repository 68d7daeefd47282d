// name: bench_naive_attendance
// mode: write
// title: One attendance row (naive benchmark)
// description: Writes one ATTENDED relationship from scalar parameters, the way a naive loader sends one statement and one
// description: transaction per row. `tirlun bench` times it against the real loader's batched UNWIND.
// param: person_id str | Post id
// param: meeting_id str | Meeting id
// param: attended_as str | attended, deputy or apologies
// param: source str | Provenance: source
// param: as_of date | Provenance: date
// param: illustrative bool | Provenance: invented for illustration
// param: note str = null | Provenance: note
MATCH (pe:Person {id: $person_id})
MATCH (m:Meeting {id: $meeting_id})
MERGE (pe)-[r:ATTENDED]->(m)
SET r.as = $attended_as, r.source = $source, r.as_of = $as_of, r.illustrative = $illustrative, r.note = $note
