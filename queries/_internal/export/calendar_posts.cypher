// name: calendar_posts
// title: A partnership's region and the posts that can be matched by e-mail hash
// description: For tirlun import-calendar: the region the partnership was loaded for, and every post with an email_hash (a SHA-256 of the address, never the address itself).
// param: partnership str | Partnership id whose calendar is imported
MATCH (p:Partnership {id: $partnership})
OPTIONAL MATCH (pe:Person) WHERE pe.email_hash IS NOT NULL
RETURN p.region AS region, collect([pe.email_hash, pe.id]) AS posts
