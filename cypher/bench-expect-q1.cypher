// Bench (expected answer of Q1): the entity's semantic relations, one row per (type, direction, other end),
// COLLABORATES_WITH undirected ('BOTH'), evidence summed over the per-document relationships.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) IN $types
WITH type(r) AS type, CASE WHEN type(r) = 'COLLABORATES_WITH' THEN 'BOTH' WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction, o.id AS other,
  sum(coalesce(r.evidenceCount, r.count, 0)) AS evidenceCount
RETURN type, direction, other, evidenceCount
