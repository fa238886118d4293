// API (collaboration): regions that two or more of the regions $ids BELONG_TO together (e.g. a grouping such as 万开云).
// $evidence: false leaves the evidence lists out.
MATCH (r:Entity)-[b:BELONGS_TO]->(g:Region)
WHERE r.id IN $ids AND NOT g.id IN $ids
WITH g, r, collect(b) AS rels
WITH g, collect({region: r, rels: rels}) AS links, count(DISTINCT r) AS regionCount
WHERE regionCount >= 2
ORDER BY regionCount DESC, g.id
CALL (links) {
  UNWIND links AS l
  WITH l, l.region AS region
  RETURN collect({region: region{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: 'DIRECT', through: null, relType: 'BELONGS_TO',
    rels: CASE WHEN $evidence THEN [x IN l.rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] ELSE [] END}) AS projected
}
RETURN g{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS group, regionCount, projected AS links
ORDER BY regionCount DESC, g.id
