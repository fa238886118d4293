// API (collaboration): industries that two or more of the regions $ids focus on, directly (Region -FOCUSES_ON->)
// or through the plan the region issued (Plan {issuer: region} -FOCUSES_ON->). The group's plans are found in one
// pass over the loaded documents (Plan.documentId is indexed; issuer is not). Entities are projected after the
// page is cut; $evidence: false leaves the evidence lists out.
OPTIONAL MATCH (p:Plan)
WHERE p.documentId IS NOT NULL AND p.issuer IN $ids
WITH collect(p) AS plans
MATCH (r:Entity) WHERE r.id IN $ids
CALL (r, plans) {
  MATCH (r)-[f:FOCUSES_ON]->(i:Industry)
  RETURN i, 'DIRECT' AS via, null AS through, collect(f) AS rels
  UNION ALL
  UNWIND [p IN plans WHERE p.issuer = r.id] AS p
  MATCH (p)-[f:FOCUSES_ON]->(i:Industry)
  RETURN i, 'PLAN' AS via, p AS through, collect(f) AS rels
}
WITH i, collect({region: r, via: via, through: through, rels: rels}) AS links, count(DISTINCT r) AS regionCount
WHERE regionCount >= 2
ORDER BY regionCount DESC, i.id
LIMIT toInteger($limit)
CALL (links) {
  UNWIND links AS l
  WITH l, l.region AS region, l.through AS through
  RETURN collect({region: region{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: l.via, through: through{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, relType: 'FOCUSES_ON',
    rels: CASE WHEN $evidence THEN [x IN l.rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] ELSE [] END}) AS projected
}
RETURN i{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS industry, regionCount, projected AS links
ORDER BY regionCount DESC, i.id
