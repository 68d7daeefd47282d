// name: load_organisation_names
// mode: write
// title: Load organisations' former names
// description: One OrganisationName node per organisation_names row (key: organisation_id and until), linked from its organisation by WAS_NAMED; the row's columns (names, short name, since, until, provenance) are the node's properties.
// param: rows list | One map per input row, built by loader/plan.py
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation_id})
MERGE (n:OrganisationName {organisation_id: row.organisation_id, until: row.props.until})
SET n += row.props
MERGE (o)-[r:WAS_NAMED]->(n)
SET r += row.prov
