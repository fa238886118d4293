// Bench (expected path lengths of Q4 and Q5): the length of a shortest path (-1: none within 6 hops) for each pair.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})
MATCH (b:Entity {id: pair.to})
OPTIONAL MATCH p = shortestPath((a)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON*..6]-(b))
RETURN pair.from AS from, pair.to AS to, CASE WHEN p IS NULL THEN -1 ELSE length(p) END AS length
