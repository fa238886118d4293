// API (collaboration): industries that two or more of the regions $ids focus on, directly (Region -FOCUSES_ON->)
// or through the plan the region issued (Plan {issuer: region} -FOCUSES_ON->).
MATCH (r:Entity) WHERE r.id IN $ids
CALL (r) {
  MATCH (r)-[f:FOCUSES_ON]->(i:Industry)
  RETURN i, 'DIRECT' AS via, null AS through, f AS rel
  UNION ALL
  MATCH (p:Plan {issuer: r.id})-[f:FOCUSES_ON]->(i:Industry)
  RETURN i, 'PLAN' AS via, p AS through, f AS rel
}
WITH i, r, via, through, collect(rel) AS rels
WITH i, collect({region: r{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: via, through: through{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, relType: 'FOCUSES_ON', rels: [x IN rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}]}) AS links,
  count(DISTINCT r) AS regionCount
WHERE regionCount >= 2
RETURN i{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS industry, regionCount, links
ORDER BY regionCount DESC, i.id
LIMIT toInteger($limit)
