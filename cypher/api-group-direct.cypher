// API (collaboration): relationships of any of $types between two entities of the group $ids.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND a <> b AND type(r) IN $types
WITH a, b, type(r) AS type, collect(r) AS rels
RETURN a{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS source, b{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS target, type, [x IN rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] AS rels
ORDER BY a.id, b.id, type
