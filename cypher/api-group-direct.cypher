// API (collaboration): relationships of any of $types between two entities of the group $ids, walked out of each
// member over the named types (MENTIONS only when $types lists it); the other end is tested by identity.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS nodes
UNWIND nodes AS a
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]->(b)
  RETURN r, b
  UNION ALL
  UNWIND CASE WHEN 'MENTIONS' IN $types THEN [true] ELSE [] END AS walk
  MATCH (a)-[r:MENTIONS]->(b)
  RETURN r, b
}
WITH a, r, b, nodes
WHERE b IN nodes AND a <> b AND type(r) IN $types
WITH a, b, type(r) AS type, collect(r) AS rels
RETURN a{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS source, b{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS target, type, [x IN rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] AS rels
ORDER BY source.id, target.id, type
