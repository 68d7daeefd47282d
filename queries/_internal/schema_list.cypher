// name: schema_list
// title: Constraints and indexes in place
// description: Names and kinds of the constraints and indexes the server holds.
SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
RETURN name, type, labelsOrTypes, properties
ORDER BY name
