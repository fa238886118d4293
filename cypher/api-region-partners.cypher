// API: partners of regions: direct (Region -COLLABORATES_WITH- partner) or through a member
// (x -BELONGS_TO-> region, x -COLLABORATES_WITH- partner or x -RELIES_ON-> partner).
// $regions: region ids or null (all regions). Partners linked to fewer than $minRegions regions are left out.
// $links: false leaves the links out, $evidence: false their evidence lists, when the caller did not ask for them
// (they are most of the answer's bytes; `regions` is always there).
MATCH (r:Region)
WHERE $regions IS NULL OR r.id IN $regions
CALL (r) {
  MATCH (r)-[c:COLLABORATES_WITH]-(p:Entity)
  WHERE p.type IN $partnerTypes AND p <> r
  RETURN p, 'DIRECT' AS via, null AS through, type(c) AS relType, c AS rel
  UNION ALL
  MATCH (x:Entity)-[:BELONGS_TO]->(r)
  MATCH (x)-[c:COLLABORATES_WITH]-(p:Entity)
  WHERE p.type IN $partnerTypes AND p <> x AND p <> r
  RETURN p, 'MEMBER' AS via, x AS through, type(c) AS relType, c AS rel
  UNION ALL
  MATCH (x:Entity)-[:BELONGS_TO]->(r)
  MATCH (x)-[c:RELIES_ON]->(p:Entity)
  WHERE p.type IN $partnerTypes AND p <> x AND p <> r
  RETURN p, 'MEMBER' AS via, x AS through, type(c) AS relType, c AS rel
}
WITH p, r, via, through, relType, collect(rel) AS rels
WITH p, collect(CASE WHEN $links THEN {region: r{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: via, through: through{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, relType: relType, rels: CASE WHEN $evidence THEN [x IN rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] ELSE [] END} END) AS links,
  collect(DISTINCT r{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}) AS regions,
  count(*) AS linkCount,
  count(DISTINCT r) AS regionCount
WHERE regionCount >= $minRegions
RETURN p{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS partner, regionCount, regions, links
ORDER BY regionCount DESC, linkCount DESC, p.id
LIMIT toInteger($limit)
