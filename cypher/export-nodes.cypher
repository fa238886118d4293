// Export: the attributes of entities $ids: type, name, aliases, the names of their regions, evidence sentences
// over their semantic relations (MENTIONS excluded) and how often the plans name them.
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
CALL (e) {
  OPTIONAL MATCH (e)-[:BELONGS_TO]->(r:Region)
  WITH e, collect(DISTINCT r.name) AS names
  OPTIONAL MATCH (p:Entity {id: e.region})
  RETURN CASE WHEN p IS NULL OR p.name IN names THEN names ELSE names + p.name END AS regions
}
CALL (e) {
  OPTIONAL MATCH (e)-[x]-(:Entity)
  WHERE type(x) <> 'MENTIONS'
  RETURN sum(coalesce(x.evidenceCount, 0)) AS evidenceCount
}
CALL (e) {
  OPTIONAL MATCH (:Entity)-[m:MENTIONS]->(e)
  RETURN sum(coalesce(m.count, 0)) AS mentions
}
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, regions, evidenceCount, mentions
ORDER BY id
