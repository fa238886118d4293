// Bench (expected direct relations of Q4): distinct (source, target, type) among the entities $ids.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a <> b AND type(r) IN $types
RETURN DISTINCT a.id AS source, b.id AS target, type(r) AS type
