// Bench (Q2's entity): the organisation with the largest neighbourhood at depth 2 that still fits in $max nodes.
MATCH (e:Entity)
WHERE e.type IN $orgs
CALL (e) {
  MATCH (e)-[r1]-(n1:Entity)
  WHERE type(r1) IN $types AND n1 <> e
  WITH collect(DISTINCT n1) AS ring1
  UNWIND ring1 AS n1
  OPTIONAL MATCH (n1)-[r2]-(n2:Entity)
  WHERE type(r2) IN $types AND n2 <> e
  WITH ring1, collect(DISTINCT n2) AS ring2
  RETURN size(ring1 + [n IN ring2 WHERE NOT n IN ring1]) AS size
}
WITH e, size WHERE size <= $max
RETURN e.id AS id, size
ORDER BY size DESC, e.id
LIMIT 1
