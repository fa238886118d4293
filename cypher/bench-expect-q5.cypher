// Bench (expected answer of Q5): every distinct node sequence of a shortest path between $from and $to.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON*..6]-(b))
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
LIMIT 5000
