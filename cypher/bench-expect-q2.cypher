// Bench (expected answer of Q2): the ids of the entities one or two hops from $id over $types, any direction.
MATCH (c:Entity {id: $id})-[r1]-(n1:Entity)
WHERE type(r1) IN $types AND n1 <> c
WITH c, collect(DISTINCT n1) AS ring1
UNWIND ring1 AS n1
OPTIONAL MATCH (n1)-[r2]-(n2:Entity)
WHERE type(r2) IN $types AND n2 <> c
WITH ring1, collect(DISTINCT n2) AS ring2
RETURN [n IN ring1 | n.id] + [n IN ring2 WHERE NOT n IN ring1 | n.id] AS ids
