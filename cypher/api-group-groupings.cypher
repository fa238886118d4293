// API (collaboration): regions that two or more of the regions $ids BELONG_TO together (e.g. a grouping such as 万开云).
MATCH (r:Entity)-[b:BELONGS_TO]->(g:Region)
WHERE r.id IN $ids AND NOT g.id IN $ids
WITH g, r, collect(b) AS rels
WITH g, collect({region: r{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: 'DIRECT', through: null, relType: 'BELONGS_TO', rels: [x IN rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}]}) AS links,
  count(DISTINCT r) AS regionCount
WHERE regionCount >= 2
RETURN g{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS group, regionCount, links
ORDER BY regionCount DESC, g.id
