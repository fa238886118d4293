// API (collaboration): projects and mechanisms linked to two or more of the regions $ids: by a semantic relation
// with the region (DIRECT), with a member of the region (MEMBER), with a grouping made of regions of this group
// only (GROUPING, e.g. a mechanism that BELONGS_TO 万开云 when the group is 万州区, 开州区, 云阳县), or named in the
// plan the region issued (PLAN, evidence = the sentences that name it there, at most 3). Projects with stated
// links (not only plan mentions) come first.
MATCH (r:Entity) WHERE r.id IN $ids
CALL (r) {
  MATCH (r)-[x]-(j:Project)
  WHERE type(x) IN $types
  RETURN j, 'DIRECT' AS via, null AS through, type(x) AS relType, x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count} AS rel
  UNION ALL
  MATCH (m:Entity)-[:BELONGS_TO]->(r)
  MATCH (m)-[x]-(j:Project)
  WHERE type(x) IN $types AND m <> j
  RETURN j, 'MEMBER' AS via, m AS through, type(x) AS relType, x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count} AS rel
  UNION ALL
  MATCH (r)-[:BELONGS_TO]->(g:Region)
  WHERE NOT g.id IN $ids
    AND size([(m:Region)-[:BELONGS_TO]->(g) WHERE m.id IN $ids | m]) >= 2
    AND all(id IN [(m:Region)-[:BELONGS_TO]->(g) | m.id] WHERE id IN $ids)
  MATCH (g)-[x]-(j:Project)
  WHERE type(x) IN $types
  RETURN j, 'GROUPING' AS via, g AS through, type(x) AS relType, x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count} AS rel
  UNION ALL
  MATCH (p:Plan {issuer: r.id}) WHERE p.documentId IS NOT NULL
  MATCH (t:Sentence {document: p.documentId})-[:MENTIONS]->(j:Project)
  WITH p, j, t ORDER BY t.index
  WITH p, j, collect(t)[0..3] AS ts
  RETURN j, 'PLAN' AS via, p AS through, 'MENTIONS' AS relType,
    {document: p.documentId, sentences: [t IN ts | t.text], sections: [t IN ts | t.section], sentenceIds: [t IN ts | t.id],
     starts: [t IN ts | t.start], ends: [t IN ts | t.end], evidenceCount: size(ts)} AS rel
}
WITH j, r, via, through, relType, collect(rel) AS rels
WITH j, collect({region: r{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, via: via, through: through{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}, relType: relType, rels: rels}) AS links,
  count(DISTINCT r) AS regionCount, count(DISTINCT CASE WHEN via <> 'PLAN' THEN r END) AS statedCount
WHERE regionCount >= 2
RETURN j{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS project, regionCount, links
ORDER BY statedCount DESC, regionCount DESC, j.id
LIMIT toInteger($limit)
