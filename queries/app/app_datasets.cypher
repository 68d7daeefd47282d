// name: app_datasets
// title: Datasets and where they flow
// description: Each dataset of a region with its kind (personal, aggregate, published), form, data controller, the
// description: partnership it is made for and its flows, each with the protocol it travels under (null: none recorded;
// description: only personal data needs one), at most limit datasets and flows_each flows per dataset.
// description: Ranking: datasets with the most flows of personal data with no protocol recorded first, then the fewest
// description: flows, then by name and id. total counts every dataset; flows_total and unrecorded_total sum over every
// description: dataset, not only those returned. limit null returns every dataset (for downloads).
// param: region str = null | Region id (empty: every region)
// param: limit int = 200 | Most datasets returned (null: every dataset)
// param: flows_each int = 20 | Most flows listed for each dataset (null: every flow); flow_count still counts them all
MATCH (d:Dataset)
WHERE $region IS NULL OR d.region = $region
OPTIONAL MATCH (d)-[:HELD_BY]->(h:Organisation)
OPTIONAL MATCH (d)-[:PRODUCED_FOR]->(pf:Partnership)
OPTIONAL MATCH (d)-[f:FLOWS_TO]->(to)
WITH d, h, pf, to, f, d.kind = 'personal' AND f IS NOT NULL AND f.protocol IS NULL AND to <> h AS unrecorded
ORDER BY unrecorded DESC, to.name_en, to.id
WITH d, h, pf, collect(CASE WHEN to IS NULL THEN null ELSE
       {to_id: to.id, to_name_en: to.name_en, to_name_cy: to.name_cy, protocol: f.protocol,
        unrecorded: unrecorded} END) AS flows
WITH d, h, pf, flows, size(flows) AS flow_count, size([x IN flows WHERE x.unrecorded]) AS unrecorded_flows
ORDER BY unrecorded_flows DESC, flow_count, toLower(d.name_en), d.id
WITH collect({d: d, h: h, pf: pf, flows: flows, flow_count: flow_count, unrecorded_flows: unrecorded_flows}) AS found
WITH found, size(found) AS total,
     reduce(n = 0, x IN found | n + x.flow_count) AS flows_total,
     reduce(n = 0, x IN found | n + x.unrecorded_flows) AS unrecorded_total
UNWIND found[0..coalesce($limit, total)] AS x
WITH x.d AS d, x.h AS h, x.pf AS pf, x.flows AS flows, x.flow_count AS flow_count,
     x.unrecorded_flows AS unrecorded_flows, total, flows_total, unrecorded_total
RETURN d.id AS id, d.name_en AS name_en, d.name_cy AS name_cy, d.kind AS kind, d.form AS form,
       d.illustrative AS illustrative,
       h.id AS controller_id, h.name_en AS controller_en, h.name_cy AS controller_cy,
       pf.id AS partnership_id, pf.name_en AS partnership_en, pf.name_cy AS partnership_cy,
       flow_count, unrecorded_flows, flows[0..coalesce($flows_each, size(flows))] AS flows,
       total, flows_total, unrecorded_total
