// Export: one breadth-first level: the entities related to $frontier over $relations, the best connected first.
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE type(r) IN $relations
WITH b, count(r) AS weight
ORDER BY weight DESC, b.id
LIMIT toInteger($cap)
RETURN b.id AS id
