// name: meeting_burden
// title: Meeting burden (the usual suspects)
// title_cy: Baich cyfarfodydd (yr un hen wynebau)
// description: How much partnership meeting time falls on each organisation or each person (post), from attendance recorded as attended or deputy at meetings starting between date_from and date_to (both inclusive; default the 12 months up to as_of).
// description: meetings = distinct meetings attended; hours = person-hours (a 2-hour meeting attended by two posts of one organisation counts 4 hours for that organisation); attendances = attendance records; partnerships = distinct partnerships whose meetings were attended; people = posts that attended. An organisation's load is that of the posts working for it.
// description: Heaviest loads first: the top rows are the usual suspects, the bodies and posts on whom the partnership landscape leans most.
// description_cy: Faint o amser cyfarfodydd partneriaeth sy'n disgyn ar bob sefydliad neu bob person (swydd), o bresenoldeb a gofnodwyd fel attended neu deputy mewn cyfarfodydd sy'n dechrau rhwng date_from a date_to (y ddau'n gynhwysol; yn ddiofyn, y 12 mis hyd at as_of).
// description_cy: meetings = cyfarfodydd gwahanol a fynychwyd; hours = oriau person (mae cyfarfod 2 awr a fynychir gan ddwy swydd o'r un sefydliad yn cyfrif 4 awr i'r sefydliad hwnnw); attendances = cofnodion presenoldeb; partnerships = partneriaethau gwahanol y mynychwyd eu cyfarfodydd; people = y swyddi a fynychodd. Baich sefydliad yw baich y swyddi sy'n gweithio iddo.
// description_cy: Y baich trymaf yn gyntaf: y rhesi uchaf yw'r un hen wynebau, y cyrff a'r swyddi y mae tirwedd y partneriaethau'n pwyso fwyaf arnynt.
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: by str = organisation | Whose load to total: one of organisation, person
// param: date_from date = null | First meeting day counted (null: 12 months before as_of)
// param: date_to date = null | Last meeting day counted (null: as_of)
// param: limit int = 25 | Most rows to return (null: all)
// example: tirlun query run meeting_burden --param as_of=2025-06-30 --param by=person --param limit=10
WITH coalesce($as_of, date()) AS as_of
WITH coalesce($by, 'organisation') AS by,
     localdatetime({date: coalesce($date_from, as_of - duration({months: 12}))}) AS range_start,
     localdatetime({date: coalesce($date_to, as_of) + duration({days: 1})}) AS range_end
MATCH (m:Meeting)
WHERE m.start >= range_start AND m.start < range_end
  AND ($region IS NULL OR m.region = $region)
MATCH (m)-[:MEETING_OF]->(p:Partnership)
MATCH (x:Person)-[r:ATTENDED]->(m)
WHERE r.as IN ['attended', 'deputy']
OPTIONAL MATCH (x)-[:WORKS_FOR]->(o:Organisation)
WITH by, m, p, x, o,
     CASE by WHEN 'person' THEN x ELSE o END AS who
WHERE who IS NOT NULL
WITH by, who, o,
     count(DISTINCT m) AS meetings,
     sum(m.duration_hours) AS hours,
     count(*) AS attendances,
     count(DISTINCT p) AS partnerships,
     count(DISTINCT x) AS people
ORDER BY hours DESC, meetings DESC, who.id
LIMIT coalesce($limit, 1000000000)
RETURN by,
       who.id AS id,
       CASE by WHEN 'person' THEN coalesce(who.display_name, who.job_title_en) ELSE who.name_en END AS name,
       CASE by WHEN 'person' THEN coalesce(who.display_name, who.job_title_cy, who.job_title_en)
         ELSE coalesce(who.name_cy, who.name_en) END AS name_cy,
       o.id AS organisation_id, o.name_en AS organisation_name, coalesce(o.name_cy, o.name_en) AS organisation_name_cy,
       meetings, hours, attendances, partnerships, people
ORDER BY hours DESC, meetings DESC, id
