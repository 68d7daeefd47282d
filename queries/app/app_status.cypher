// name: app_status
// title: Graph status
// description: How much is loaded, so every page can say plainly when the graph is empty.
CALL () { MATCH (p:Partnership) RETURN count(p) AS partnerships }
CALL () { MATCH (o:Organisation) RETURN count(o) AS organisations }
CALL () { MATCH (x:Person) RETURN count(x) AS people }
CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings }
RETURN partnerships, organisations, people, meetings
