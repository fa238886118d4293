// Export: the entities around regions $regions (ids): those that belong to a region, and the entities
// related (over $relations) to a region or to one of its members. The regions themselves are not returned.
UNWIND $regions AS rid
MATCH (r:Entity {id: rid})
CALL (r) {
  MATCH (m:Entity)-[:BELONGS_TO]->(r)
  RETURN m
  UNION
  MATCH (m:Entity {region: r.id})
  RETURN m
  UNION
  MATCH (r)-[x]-(m:Entity)
  WHERE type(x) IN $relations
  RETURN m
  UNION
  MATCH (r)<-[:BELONGS_TO]-(:Entity)-[x]-(m:Entity)
  WHERE type(x) IN $relations AND type(x) <> 'BELONGS_TO'
  RETURN m
}
WITH DISTINCT m
WHERE NOT m.id IN $regions AND (size($types) = 0 OR m.type IN $types)
RETURN m.id AS id
ORDER BY id
LIMIT toInteger($cap)
