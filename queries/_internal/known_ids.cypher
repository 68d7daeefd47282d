// name: known_ids
// title: Ids a file may name without repeating them
// description: Every area, theme, law, organisation and partnership the graph holds (whoever owns it), and the posts,
// description: meetings and datasets of one region, with their owners: a file need not repeat rows already in the
// description: reference, and a row naming one of its region's rows that it left out can say so plainly.
// param: region str = null | The region being loaded
CALL () {
  MATCH (n:Area) RETURN 'Area' AS label, n.id AS id, coalesce(n.owner, 'wales') AS owner
  UNION ALL
  MATCH (n:Theme) RETURN 'Theme' AS label, n.id AS id, coalesce(n.owner, 'wales') AS owner
  UNION ALL
  MATCH (n:Legislation) RETURN 'Legislation' AS label, n.id AS id, coalesce(n.owner, 'wales') AS owner
  UNION ALL
  MATCH (n:Organisation) RETURN 'Organisation' AS label, n.id AS id, coalesce(n.owner, 'wales') AS owner
  UNION ALL
  MATCH (n:Partnership) RETURN 'Partnership' AS label, n.id AS id, coalesce(n.owner, n.region, 'wales') AS owner
  UNION ALL
  MATCH (n:Person) WHERE n.region = $region RETURN 'Person' AS label, n.id AS id, n.region AS owner
  UNION ALL
  MATCH (n:Meeting) WHERE n.region = $region RETURN 'Meeting' AS label, n.id AS id, n.region AS owner
  UNION ALL
  MATCH (n:Dataset) WHERE n.region = $region RETURN 'Dataset' AS label, n.id AS id, n.region AS owner
}
RETURN label, id, owner
