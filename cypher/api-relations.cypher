// API: many entities at once (no N+1), each with its relations: one row per entity found, `relations` one list per
// (type, direction, other end) with the per-document relationships aggregated; at most $first per entity, the best
// attested first. The entity comes back too, so that `entity(id) { relations }` is one statement, not two.
// $evidence: what the query reads of the evidence (src/api/selection.ts EvidenceDetail): 0 no sentence lists (they are
// most of the bytes read), 1 the sentences and their sections, 2 their ids and offsets too. $items: the most evidence
// items asked per relation; the sentence lists come with the first rels that hold that many sentences, not beyond, and
// no longer than that.
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
  // A rel's evidenceCount is the length of its sentence list (`count` where there is none).
  WITH type, direction, o, rels, [x IN rels | x.evidenceCount] AS counts
  WITH type, direction, o, rels, counts, reduce(n = 0, i IN range(0, size(rels) - 1) | n + coalesce(counts[i], rels[i].count, 0)) AS evidenceCount
  ORDER BY evidenceCount DESC, o.id
  LIMIT toInteger($first)
  // `stated`: how many of the rels, in order, hold the first $items sentences (a rel without a count counts none, so
  // the cut never comes early); only those come with their sentence lists, and a list longer than $items is cut.
  WITH type, direction, o, rels, counts, evidenceCount, CASE WHEN $evidence = 0 THEN 0 ELSE reduce(s = {sentences: 0, rels: 0}, c IN counts |
    CASE WHEN s.sentences < $items THEN {sentences: s.sentences + coalesce(c, 0), rels: s.rels + 1} ELSE s END).rels END AS stated
  // Lists, not maps: the driver decodes every map key as a string, and these rows are most of what `entity(id)
  // { relations }` reads (src/api/relation-rows.ts names the positions; measured on the x10 graph: about 0.3 ms less
  // client CPU for an entity with 37 relations). A relation: [type, direction, other, rels, evidenceCount]; an entity:
  // [id, type, name, aliases, pinyin, pinyinInitials, region]; a rel: [document, sentences, sections, sentenceIds,
  // starts, ends, evidenceCount, count], null where the query does not read it. Each list is made from a map
  // projection (`m IN [o{...}]`): reading the properties one by one instead made the planner cache them, 846 → 1,174
  // db hits for 重庆大学 at x10.
  RETURN collect([type, direction,
    [m IN [o{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] | [m.id, m.type, m.name, m.aliases, m.pinyin, m.pinyinInitials, m.region]][0],
    [m IN [x IN rels[0..stated] | CASE
        WHEN $evidence = 1 AND x.evidenceCount <= $items THEN x{.document, .sentences, .sections, .evidenceCount, .count}
        WHEN $evidence = 1 THEN x{.document, sentences: x.sentences[0..$items], sections: x.sections[0..$items], .evidenceCount, .count}
        WHEN x.evidenceCount <= $items THEN x{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}
        ELSE x{.document, sentences: x.sentences[0..$items], sections: x.sections[0..$items], sentenceIds: x.sentenceIds[0..$items],
          starts: x.starts[0..$items], ends: x.ends[0..$items], .evidenceCount, .count} END]
      + [x IN rels[stated..] | x{.document, .evidenceCount, .count}]
      | [m.document, m.sentences, m.sections, m.sentenceIds, m.starts, m.ends, m.evidenceCount, m.count]],
    evidenceCount]) AS relations
}
RETURN id, [m IN [e{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] | [m.id, m.type, m.name, m.aliases, m.pinyin, m.pinyinInitials, m.region]][0] AS entity,
  relations
