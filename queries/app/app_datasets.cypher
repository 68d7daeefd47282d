// name: app_datasets
// title: Datasets and where they flow
// title_cy: Setiau data a lle maent yn llifo
// description: Each dataset of a region with its holder, the partnership it is produced for and every flow with its
// description: sharing agreement (none means shared with no agreement recorded).
// description_cy: Pob set ddata mewn rhanbarth gyda'i deiliad, y bartneriaeth y'i cynhyrchir ar ei chyfer a phob llif
// description_cy: gyda'i gytundeb rhannu (none: dim cytundeb wedi'i gofnodi).
// param: region str = null | Region id (empty: every region)
MATCH (d:Dataset)
WHERE $region IS NULL OR d.region = $region
OPTIONAL MATCH (d)-[:HELD_BY]->(h:Organisation)
OPTIONAL MATCH (d)-[:PRODUCED_FOR]->(pf:Partnership)
OPTIONAL MATCH (d)-[f:FLOWS_TO]->(to)
WITH d, h, pf, collect(CASE WHEN to IS NULL THEN null ELSE
       {to_id: to.id, to_name_en: to.name_en, to_name_cy: to.name_cy, agreement: f.agreement} END) AS flows
RETURN d.id AS id, d.name_en AS name_en, d.name_cy AS name_cy, d.kind AS kind, d.personal_data AS personal_data,
       h.id AS holder_id, h.name_en AS holder_en, h.name_cy AS holder_cy,
       pf.id AS partnership_id, pf.name_en AS partnership_en, pf.name_cy AS partnership_cy,
       size(flows) AS flow_count,
       size([f IN flows WHERE coalesce(f.agreement, 'none') = 'none']) AS flows_without_agreement, flows
ORDER BY name_en
