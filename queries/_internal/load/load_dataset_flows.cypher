// name: load_dataset_flows
// mode: write
// title: Load dataset flows
// description: Where each dataset flows (FLOWS_TO an organisation or partnership) and, for personal data, the protocol it travels under (property protocol; absent: none recorded).
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (d:Dataset {id: row.dataset_id})
OPTIONAL MATCH (o:Organisation {id: row.to_id}) WHERE row.to_kind = 'organisation'
OPTIONAL MATCH (p:Partnership {id: row.to_id}) WHERE row.to_kind = 'partnership'
WITH d, row, coalesce(o, p) AS target
MERGE (d)-[r:FLOWS_TO]->(target)
SET r += row.props
