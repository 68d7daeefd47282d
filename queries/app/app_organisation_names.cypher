// name: app_organisation_names
// title: Former names of chosen organisations
// description: Every name the organisations in ids used before their current one (organisation_names rows: name_en, name_cy, short_name, since, until), for tirlun/answers/names.py to pick the one valid on the date viewed. Bounded by the list given; an organisation that never changed its name has no row.
// param: ids list | Organisation ids
MATCH (o:Organisation)-[:WAS_NAMED]->(n:OrganisationName)
WHERE o.id IN $ids
RETURN o.id AS organisation_id, n.name_en AS name_en, n.name_cy AS name_cy, n.short_name AS short_name,
       n.short_name_cy AS short_name_cy,        n.since AS since, n.until AS until
ORDER BY organisation_id, until
