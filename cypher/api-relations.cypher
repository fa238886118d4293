// API: many entities at once (no N+1), each with its relations: one row per entity found, `relations` one item per
// (type, direction, other end) with the per-document relationships aggregated; at most $first per entity, the best
// attested first. The entity comes back too, so that `entity(id) { relations }` is one statement, not two.
// $evidence: what the query reads of the evidence (src/api/selection.ts EvidenceDetail): 0 no sentence lists (they are
// most of the bytes read), 1 the sentences and their sections, 2 their ids and offsets too.
// COLLABORATES_WITH is undirected: it matches any $direction. The types are spelled out in the patterns so that a dense
// node is expanded over the semantic types only; MENTIONS (shared with Sentence nodes) only when $types lists it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  CALL (e) {
    MATCH (e)-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(o:Entity)
    RETURN r, o
    UNION ALL
    UNWIND CASE WHEN 'MENTIONS' IN $types THEN [true] ELSE [] END AS walk
    MATCH (e)-[r:MENTIONS]-(o:Entity)
    RETURN r, o
  }
  WITH e, r, o
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR type(r) = 'COLLABORATES_WITH'
      OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  WITH type(r) AS type, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction, o, collect(r) AS rels
  WITH type, direction, o, rels, reduce(n = 0, x IN rels | n + coalesce(x.evidenceCount, x.count, 0)) AS evidenceCount
  ORDER BY evidenceCount DESC, o.id
  LIMIT toInteger($first)
  RETURN collect({type: type, direction: direction, other: o{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region},
    rels: [x IN rels | CASE $evidence
      WHEN 0 THEN x{.document, .evidenceCount, .count}
      WHEN 1 THEN x{.document, .sentences, .sections, .evidenceCount, .count}
      ELSE x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count} END],
    evidenceCount: evidenceCount}) AS relations
}
RETURN id, e{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS entity, relations
