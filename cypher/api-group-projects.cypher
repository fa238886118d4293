// API (collaboration): projects and mechanisms linked to two or more of the regions $ids: by a semantic relation
// with the region (DIRECT), with a member of the region (MEMBER), with a grouping made of regions of this group
// only (GROUPING, e.g. a mechanism that BELONGS_TO 万开云 when the group is 万州区, 开州区, 云阳县), or named in the
// plan the region issued (PLAN: Plan -MENTIONS-> project; evidence = the sentences that name it there, at most 3,
// read only when $evidence). Projects with stated links (not only plan mentions) come first.
// The relationship types are named in the patterns (a region's or grouping's lexical MENTIONS are never walked);
// a member or grouping stated by several documents is expanded once; the grouping test counts the group's regions
// from their side (index look-ups) and stops at the first region outside the group; the group's plans are found in
// one pass over the loaded documents (Plan.documentId is indexed; issuer is not). Entities are projected after
// the page is cut; $evidence: false leaves the evidence lists out.
OPTIONAL MATCH (p:Plan)
WHERE p.documentId IS NOT NULL AND p.issuer IN $ids
WITH collect(p) AS plans
MATCH (r:Entity) WHERE r.id IN $ids
CALL (r, plans) {
  MATCH (r)-[x:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(j:Project)
  WHERE type(x) IN $types
  RETURN j, 'DIRECT' AS via, null AS through, type(x) AS relType, collect(x) AS rels
  UNION ALL
  MATCH (m:Entity)-[:BELONGS_TO]->(r)
  WITH DISTINCT m
  MATCH (m)-[x:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(j:Project)
  WHERE type(x) IN $types AND m <> j
  RETURN j, 'MEMBER' AS via, m AS through, type(x) AS relType, collect(x) AS rels
  UNION ALL
  MATCH (r)-[:BELONGS_TO]->(g:Region)
  WITH DISTINCT g
  WHERE NOT g.id IN $ids
    AND size([id IN $ids WHERE EXISTS { MATCH (:Region {id: id})-[:BELONGS_TO]->(g) }]) >= 2
    AND NOT EXISTS { MATCH (m:Region)-[:BELONGS_TO]->(g) WHERE NOT m.id IN $ids }
  MATCH (g)-[x:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(j:Project)
  WHERE type(x) IN $types
  RETURN j, 'GROUPING' AS via, g AS through, type(x) AS relType, collect(x) AS rels
  UNION ALL
  UNWIND [p IN plans WHERE p.issuer = r.id] AS p
  MATCH (p)-[:MENTIONS]->(j:Project)
  WITH DISTINCT p, j
  CALL (p, j) {
    UNWIND CASE WHEN $evidence THEN [true] ELSE [] END AS read
    MATCH (t:Sentence)-[:MENTIONS]->(j)
    WHERE t.document = p.documentId
    WITH t ORDER BY t.index
    RETURN collect(t)[0..3] AS ts
  }
  RETURN j, 'PLAN' AS via, p AS through, 'MENTIONS' AS relType,
    [{document: p.documentId, sentences: [t IN ts | t.text], sections: [t IN ts | t.section], sentenceIds: [t IN ts | t.id],
      starts: [t IN ts | t.start], ends: [t IN ts | t.end], evidenceCount: size(ts)}] AS rels
}
WITH j, collect({region: r, via: via, through: through, relType: relType, rels: rels}) AS links,
  count(DISTINCT r) AS regionCount, count(DISTINCT CASE WHEN via <> 'PLAN' THEN r END) AS statedCount
WHERE regionCount >= 2
ORDER BY statedCount DESC, regionCount DESC, j.id
LIMIT toInteger($limit)
CALL (links) {
  UNWIND links AS l
  WITH l, l.region AS region, l.through AS through
  RETURN collect({region: region{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: l.via, through: through{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, relType: l.relType,
    rels: CASE WHEN $evidence THEN [x IN l.rels | x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] ELSE [] END}) AS projected
}
RETURN j{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS project, regionCount, projected AS links
ORDER BY statedCount DESC, regionCount DESC, j.id
