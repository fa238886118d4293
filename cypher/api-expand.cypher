// API: one breadth-first level: the entities next to $frontier over $types in $direction, the best connected first.
// The types are spelled out in the patterns so that a dense node (a region named in thousands of sentences) is expanded
// over the semantic types only; MENTIONS, which Sentence nodes share, is walked only when $types lists it.
// One row: `nodes`, the first $cap entities as [id, type, name] (all a graph node shows), in order of weight then id;
// one list of lists decodes faster than a record per entity, and the other properties are never read.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(b:Entity)
  RETURN r, b
  UNION ALL
  UNWIND CASE WHEN 'MENTIONS' IN $types THEN [true] ELSE [] END AS walk
  MATCH (a)-[r:MENTIONS]-(b:Entity)
  RETURN r, b
}
WITH a, r, b
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR type(r) = 'COLLABORATES_WITH'
    OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
WITH b, count(r) AS weight
ORDER BY weight DESC, b.id
LIMIT toInteger($cap)
RETURN collect([b.id, b.type, b.name]) AS nodes
