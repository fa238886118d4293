// Bench (Q5's second organisation): one at distance $hops from $from if any, else the farthest within 4 hops.
MATCH (a:Entity {id: $from})
MATCH (b:Entity)
WHERE b.type IN $orgs AND b <> a
MATCH p = shortestPath((a)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON*..4]-(b))
WITH b, length(p) AS len
RETURN b.id AS id, len
ORDER BY CASE WHEN len = $hops THEN 0 ELSE 1 END, len DESC, b.id
LIMIT 1
