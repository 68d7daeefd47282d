// name: app_entities
// title: Organisations and posts of a region
// title_cy: Sefydliadau a swyddi rhanbarth
// description: Organisations linked to a region's partnerships or people, and the region's posts, for profile pickers.
// description_cy: Sefydliadau sy'n gysylltiedig â phartneriaethau neu bobl rhanbarth, a swyddi'r rhanbarth, ar gyfer dewiswyr proffil.
// param: region str = null | Region id (empty: every region)
CALL (){
  MATCH (o:Organisation)
  WHERE $region IS NULL
     OR EXISTS { (o)-[:MEMBER_OF]->(p:Partnership) WHERE p.region = $region }
     OR EXISTS { (o)<-[:WORKS_FOR]-(x:Person) WHERE x.region = $region }
  RETURN 'organisation' AS type, o.id AS id, o.name_en AS name_en, o.name_cy AS name_cy,
         o.short_name AS short_name, o.sector AS sector, null AS organisation_id, null AS display_name
  UNION ALL
  MATCH (x:Person)
  WHERE $region IS NULL OR x.region = $region
  OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
  RETURN 'person' AS type, x.id AS id, x.job_title_en AS name_en, x.job_title_cy AS name_cy,
         o.short_name AS short_name, o.sector AS sector, o.id AS organisation_id, x.display_name AS display_name
}
RETURN type, id, name_en, name_cy, short_name, sector, organisation_id, display_name
ORDER BY type, name_en, id
