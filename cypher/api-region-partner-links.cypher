// API: partners of regions with their links (what api-region-partners counts, when the caller asks for `links`):
// direct (Region -COLLABORATES_WITH- partner) or through a member (x -BELONGS_TO-> region, x -COLLABORATES_WITH-
// partner or x -RELIES_ON-> partner). One link per (region, via, member, relation type), its per-document
// relationships aggregated; a member is expanded once however many documents state that it belongs to a region
// (these types only join entities: the far ends need no label test).
// $regions: region ids or null (all regions); $evidence: false leaves each link's evidence lists out.
CALL () {
  MATCH (r:Region)
  WHERE $regions IS NULL OR r.id IN $regions
  MATCH (r)-[c:COLLABORATES_WITH]-(p)
  WHERE p <> r AND p.type IN $partnerTypes
  RETURN r, p, 'DIRECT' AS via, null AS through, 'COLLABORATES_WITH' AS relType, collect(c) AS rels
  UNION ALL
  MATCH (x)-[:BELONGS_TO]->(r:Region)
  WHERE $regions IS NULL OR r.id IN $regions
  WITH x, collect(DISTINCT r) AS rs
  CALL (x) {
    MATCH (x)-[c:COLLABORATES_WITH]-(p)
    WHERE p <> x
    RETURN p, 'COLLABORATES_WITH' AS relType, collect(c) AS rels
    UNION ALL
    MATCH (x)-[c:RELIES_ON]->(p)
    WHERE p <> x
    RETURN p, 'RELIES_ON' AS relType, collect(c) AS rels
  }
  WITH x, rs, p, relType, rels
  WHERE p.type IN $partnerTypes
  UNWIND rs AS r
  WITH r, p, x, relType, rels
  WHERE p <> r
  RETURN r, p, 'MEMBER' AS via, x AS through, relType, rels
}
WITH p, collect({region: r, via: via, through: through, relType: relType, rels: rels}) AS links, count(DISTINCT r) AS regionCount, count(*) AS linkCount
WHERE regionCount >= $minRegions
ORDER BY regionCount DESC, linkCount DESC, p.id
LIMIT toInteger($limit)
CALL (links) {
  UNWIND links AS l
  WITH l, l.region AS region, l.through AS through
  RETURN collect({region: region{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: l.via, through: through{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, relType: l.relType,
    rels: CASE WHEN $evidence THEN [x IN l.rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] ELSE [] END}) AS projected
}
RETURN p{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS partner, regionCount, projected AS links
ORDER BY regionCount DESC, linkCount DESC, p.id
