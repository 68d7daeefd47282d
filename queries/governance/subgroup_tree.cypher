// name: subgroup_tree
// title: Sub-group trees and reporting lines
// description: Every partnership active on as_of placed in its tree of sub-groups (SUBGROUP_OF), one row each: root_* is the board at the top, depth counts the steps below it (0 = the board itself), path and path_cy list the names from the root down, parent_id is the group directly above. reports_to lists the partnerships it reports to (REPORTS_TO), which may lie outside its tree, and reports_to_names/reports_to_names_cy name them in the same order.
// description: Rows are ordered so that each tree reads top-down. Partnerships caught in a SUBGROUP_OF cycle have no root and are left out: governance reports those cycles. At most limit rows, in that order; total counts every row and trees the trees. limit null returns every row (for downloads).
// param: as_of date = today | Date the landscape is viewed at (null: today)
// param: region str = null | Region id (an Area id); null means all regions
// param: limit int = 300 | Most rows returned (null: every row)
// example: tirlun query run subgroup_tree --param region=ctm
WITH coalesce($as_of, date()) AS as_of
MATCH (p:Partnership)
WHERE ($region IS NULL OR p.region = $region)
  AND (p.established IS NULL OR p.established <= as_of)
  AND (p.dissolved IS NULL OR p.dissolved > as_of)
MATCH up = (p)-[:SUBGROUP_OF]->*(root:Partnership)
WHERE NOT (root)-[:SUBGROUP_OF]->()
WITH p, root, reverse(nodes(up)) AS chain
WITH p, root, chain,
     [n IN chain | n.name_en] AS path,
     [n IN chain | coalesce(n.name_cy, n.name_en)] AS path_cy,
     COLLECT { MATCH (p)-[:REPORTS_TO]->(q:Partnership) RETURN q ORDER BY q.id } AS reports_to,
     reduce(s = '', n IN chain | s + ' > ' + toLower(n.name_en)) AS sort_key
ORDER BY toLower(root.name_en), sort_key
WITH collect({root: root, p: p, chain: chain, path: path, path_cy: path_cy, reports_to: reports_to}) AS rows
WITH rows, size(rows) AS total, size(COLLECT { UNWIND rows AS r RETURN DISTINCT r.root }) AS trees
UNWIND rows[0..coalesce($limit, total)] AS r
WITH r.root AS root, r.p AS p, r.chain AS chain, r.path AS path, r.path_cy AS path_cy, r.reports_to AS reports_to,
     total, trees
RETURN root.id AS root_id, root.name_en AS root_name, coalesce(root.name_cy, root.name_en) AS root_name_cy,
       p.id AS partnership_id, p.name_en AS name, coalesce(p.name_cy, p.name_en) AS name_cy, p.level AS level,
       size(chain) - 1 AS depth,
       CASE WHEN size(chain) > 1 THEN chain[-2].id END AS parent_id,
       path, path_cy, [q IN reports_to | q.id] AS reports_to, [q IN reports_to | q.name_en] AS reports_to_names,
       [q IN reports_to | coalesce(q.name_cy, q.name_en)] AS reports_to_names_cy, total, trees
