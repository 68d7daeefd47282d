// name: app_partnership_names
// title: Names of chosen partnerships
// description: Id, names and short name of the partnerships in ids: labels for a heatmap's axes or a chosen pair. Bounded by the list given.
// param: ids list | Partnership ids
MATCH (p:Partnership) WHERE p.id IN $ids
RETURN p.id AS id, p.name_en AS name_en, p.name_cy AS name_cy, p.short_name AS short_name, p.short_name_cy AS short_name_cy, p.level AS level
ORDER BY id
