// Bench (Q1's entity): the organisation related to the most other entities.
MATCH (e:Entity)-[r]-(o:Entity)
WHERE e.type IN $orgs AND type(r) IN $types
WITH e, count(DISTINCT o) AS degree
ORDER BY degree DESC, e.id
LIMIT 1
RETURN e.id AS id, degree
