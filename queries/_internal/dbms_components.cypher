// name: dbms_components
// title: Server version
// description: Which Neo4j answers: name, versions and edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
