// name: app_date_range
// title: Dates covered by a region's meetings
// description: First and last meeting dates of a region, so pages can open on a date that has data.
// param: region str = null | Region id (empty: every region)
MATCH (m:Meeting)
WHERE $region IS NULL OR m.region = $region
RETURN date(min(m.start)) AS first_meeting, date(max(m.start)) AS last_meeting, count(m) AS meetings
