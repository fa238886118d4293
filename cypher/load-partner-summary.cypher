// The partner summary: for every region, the partners that the stated relations give it, as three parallel lists on
// the Region node (partnerIds, partnerTypes, partnerLinks). Derived at the end of every load from the relations, which
// carry the evidence (api-region-partner-links lists them); it states nothing itself. A partner is direct
// (Region -COLLABORATES_WITH- partner) or through a member (x -BELONGS_TO-> region, x -COLLABORATES_WITH- partner or
// x -RELIES_ON-> partner). partnerLinks counts the links api-region-partner-links lists: one for a direct partner,
// one per (member, relation type) for a member's. api-region-partners reads it. Two statements, one transaction:
// clear, then write (regions with no partner keep no lists).
MATCH (r:Region)
WHERE r.partnerIds IS NOT NULL
REMOVE r.partnerIds, r.partnerTypes, r.partnerLinks
RETURN count(r) AS cleared;
CALL () {
  MATCH (r:Region)-[:COLLABORATES_WITH]-(p)
  WHERE p <> r
  WITH DISTINCT r, p
  RETURN r, p, 1 AS links
  UNION ALL
  MATCH (x)-[:BELONGS_TO]->(r:Region)
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
  UNWIND rs AS r
  WITH r, p, links
  WHERE p <> r
  RETURN r, p, links
}
WITH r, p, sum(links) AS links
ORDER BY p.id
WITH r, collect(p.id) AS ids, collect(p.type) AS types, collect(links) AS links
SET r.partnerIds = ids, r.partnerTypes = types, r.partnerLinks = links
RETURN count(r) AS regions
