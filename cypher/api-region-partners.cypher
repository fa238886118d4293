// API: partners of regions, counted: direct (Region -COLLABORATES_WITH- partner) or through a member
// (x -BELONGS_TO-> region, x -COLLABORATES_WITH- partner or x -RELIES_ON-> partner).
// $regions: region ids or null (all regions). Partners linked to fewer than $minRegions regions are left out.
// One pass over distinct (region, partner) and (member, partner) pairs: a member stated by many documents to belong
// to a region, or to work with a partner, is expanded once (not once per combination of documents), each relation
// type in its own pattern (no filter on the relationship), and no relationship property is read. These types only
// join entities, so the far ends need no label test. linkCount (the tie-break) counts the links
// api-region-partner-links lists: one per region for a direct partner, one per (region, member, relation type) for
// a member's. The regions come back as ids (a partner may share hundreds; the caller fetches each region once).
CALL () {
  MATCH (r:Region)
  WHERE $regions IS NULL OR r.id IN $regions
  MATCH (r)-[:COLLABORATES_WITH]-(p)
  WHERE p <> r
  WITH DISTINCT r, p
  WHERE p.type IN $partnerTypes
  RETURN r, p, 1 AS links
  UNION ALL
  MATCH (x)-[:BELONGS_TO]->(r:Region)
  WHERE $regions IS NULL OR r.id IN $regions
  WITH x, collect(DISTINCT r) AS rs
  CALL (x) {
    MATCH (x)-[:COLLABORATES_WITH]-(p)
    WHERE p <> x
    RETURN DISTINCT p
    UNION ALL
    MATCH (x)-[:RELIES_ON]->(p)
    WHERE p <> x
    RETURN DISTINCT p
  }
  WITH x, rs, p, count(*) AS links
  WHERE p.type IN $partnerTypes
  UNWIND rs AS r
  WITH r, p, links
  WHERE p <> r
  RETURN r, p, links
}
WITH p, collect(DISTINCT r) AS regions, sum(links) AS linkCount
WITH p, regions, size(regions) AS regionCount, linkCount
WHERE regionCount >= $minRegions
ORDER BY regionCount DESC, linkCount DESC, p.id
LIMIT toInteger($limit)
RETURN p{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS partner, regionCount, [r IN regions | r.id] AS regionIds
