// API: the regions each entity BELONGS_TO, and the region its `region` property names.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:BELONGS_TO]->(r:Region)
  WITH e, collect(DISTINCT r) AS rs
  OPTIONAL MATCH (p:Entity {id: e.region})
  WITH rs + CASE WHEN p IS NULL OR p IN rs THEN [] ELSE [p] END AS found
  RETURN [r IN found | r{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] AS regions
}
RETURN id, regions
