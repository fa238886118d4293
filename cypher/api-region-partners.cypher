// API: partners of regions, counted, from the partner summary written at load time (cypher/load-partner-summary:
// per region, parallel lists partnerIds, partnerTypes, partnerLinks). A partner is direct (Region -COLLABORATES_WITH-
// partner) or through a member (x -BELONGS_TO-> region, x -COLLABORATES_WITH- partner or x -RELIES_ON-> partner).
// $regions: region ids or null (all regions). Partners linked to fewer than $minRegions regions are left out.
// linkCount (the tie-break) counts the links api-region-partner-links lists. The regions come back as ids (a partner
// may share hundreds; the caller fetches each region once).
MATCH (r:Region)
WHERE r.partnerIds IS NOT NULL AND ($regions IS NULL OR r.id IN $regions)
UNWIND range(0, size(r.partnerIds) - 1) AS i
WITH r.id AS region, r.partnerIds[i] AS partner, r.partnerTypes[i] AS type, r.partnerLinks[i] AS links
WHERE type IN $partnerTypes
WITH partner, collect(region) AS regionIds, sum(links) AS linkCount
WITH partner, regionIds, size(regionIds) AS regionCount, linkCount
WHERE regionCount >= $minRegions
ORDER BY regionCount DESC, linkCount DESC, partner
LIMIT toInteger($limit)
MATCH (p:Entity {id: partner})
RETURN p{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS partner, regionCount, regionIds
ORDER BY regionCount DESC, linkCount DESC, p.id
