// API: one breadth-first level: the entities next to $frontier over $types in $direction, the best connected first.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR type(r) = 'COLLABORATES_WITH'
    OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
WITH b, count(r) AS weight
ORDER BY weight DESC, b.id
LIMIT toInteger($cap)
RETURN b{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS node, weight
