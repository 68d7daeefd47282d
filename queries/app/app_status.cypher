// name: app_status
// title: Graph status
// title_cy: Statws y graff
// description: How much is loaded, so every page can say plainly when the graph is empty.
// description_cy: Faint sydd wedi'i lwytho, fel bod pob tudalen yn gallu dweud yn glir pan fo'r graff yn wag.
CALL () { MATCH (p:Partnership) RETURN count(p) AS partnerships }
CALL () { MATCH (o:Organisation) RETURN count(o) AS organisations }
CALL () { MATCH (x:Person) RETURN count(x) AS people }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
RETURN partnerships, organisations, people, meetings
