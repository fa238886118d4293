// API: resolve what a person typed (id, canonical name, alias, traditional form, pinyin key) to one entity per ref.
// $refs: [{raw, simplified, key}] (key is null for text with Chinese characters); $types: null or a list of entity types.
UNWIND $refs AS ref
CALL (ref) {
  OPTIONAL MATCH (e:Entity {id: ref.raw}) RETURN e, 0 AS rank
  UNION
  OPTIONAL MATCH (e:Entity {name: ref.simplified}) RETURN e, 1 AS rank
  UNION
  OPTIONAL MATCH (e:Entity) WHERE ref.raw IN e.names OR ref.simplified IN e.names RETURN e, 2 AS rank
  UNION
  OPTIONAL MATCH (e:Entity {pinyinKey: ref.key}) RETURN e, 3 AS rank
}
WITH ref, e, rank
WHERE e IS NOT NULL AND ($types IS NULL OR e.type IN $types)
WITH ref, e, rank ORDER BY rank, size(e.name), e.id
WITH ref, collect(e)[0] AS e
RETURN ref.raw AS ref, e{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS entity
