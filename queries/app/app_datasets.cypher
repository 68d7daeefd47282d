// name: app_datasets
// title: Datasets and where they flow
// description: Each dataset of a region with its holder, the partnership it is produced for and its flows with their
// description: sharing agreement (none means shared with no agreement recorded), at most limit datasets and flows_each flows per dataset.
// description: Ranking: datasets with the most flows without an agreement first, then the fewest flows (the most
// description: isolated), then by name and id. total counts every dataset; flows and flows_without_agreement sum
// description: over every dataset, not only those returned. limit null returns every dataset (for downloads).
// param: region str = null | Region id (empty: every region)
// param: limit int = 200 | Most datasets returned (null: every dataset)
// param: flows_each int = 20 | Most flows listed for each dataset (null: every flow); flow_count still counts them all
MATCH (d:Dataset)
WHERE $region IS NULL OR d.region = $region
OPTIONAL MATCH (d)-[:HELD_BY]->(h:Organisation)
OPTIONAL MATCH (d)-[:PRODUCED_FOR]->(pf:Partnership)
OPTIONAL MATCH (d)-[f:FLOWS_TO]->(to)
WITH d, h, pf, to, f
ORDER BY coalesce(f.agreement, 'none') = 'none' DESC, to.name_en, to.id
WITH d, h, pf, collect(CASE WHEN to IS NULL THEN null ELSE
       {to_id: to.id, to_name_en: to.name_en, to_name_cy: to.name_cy, agreement: f.agreement} END) AS flows
WITH d, h, pf, flows, size(flows) AS flow_count,
     size([x IN flows WHERE coalesce(x.agreement, 'none') = 'none']) AS flows_without_agreement
ORDER BY flows_without_agreement DESC, flow_count, toLower(d.name_en), d.id
WITH collect({d: d, h: h, pf: pf, flows: flows, flow_count: flow_count,
              flows_without_agreement: flows_without_agreement}) AS found
WITH found, size(found) AS total,
     reduce(n = 0, x IN found | n + x.flow_count) AS flows_total,
     reduce(n = 0, x IN found | n + x.flows_without_agreement) AS flows_without_total
UNWIND found[0..coalesce($limit, total)] AS x
WITH x.d AS d, x.h AS h, x.pf AS pf, x.flows AS flows, x.flow_count AS flow_count,
     x.flows_without_agreement AS flows_without_agreement, total, flows_total, flows_without_total
RETURN d.id AS id, d.name_en AS name_en, d.name_cy AS name_cy, d.kind AS kind, d.personal_data AS personal_data,
       h.id AS holder_id, h.name_en AS holder_en, h.name_cy AS holder_cy,
       pf.id AS partnership_id, pf.name_en AS partnership_en, pf.name_cy AS partnership_cy,
       flow_count, flows_without_agreement, flows[0..coalesce($flows_each, size(flows))] AS flows,
       total, flows_total, flows_without_total
