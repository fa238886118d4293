// API: all shortest paths (allShortestPaths, at most $cap rows per pair) between pairs of entities over the relationship types in $types. At most 6 hops; the
// resolver drops longer paths than asked. Only Entity nodes (not Sentence) may be on a path.
// Types cannot be parameters of a pattern (and 5.26 refuses negated types in variable-length patterns), so there are two
// branches, of which one runs: without MENTIONS in $types the search walks the semantic types only (they join entities
// only, see load-relations); with it, every type, and nodes other than entities are filtered out. The first branch
// matters: walked but filtered, the MENTIONS of Sentence nodes made the search read over seven times as much (bench
// Q5 on the ×100 graph, one path with 100 variants: 27,490 against 3,602 db hits; the whole statement, with the lighter
// steps below, 13.7–15.8 against 3.2–4.5 ms, serial).
// There is one relationship per (type, source, target, document), so one path through the graph comes back once per
// combination of documents: those variants are merged here into one row per path (the same nodes, and the same type
// and direction at every step), whose steps list each relationship once. At most $limit paths per pair, in the order
// of their node ids (the same answer every time).
// Each step carries its evidence count (over all its relationships); $evidence: true adds the relationships themselves
// (document and sentence lists), when the caller asked for evidence. Without it a step of a path found in 100 documents
// sends one number, not 100 maps.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})
MATCH (b:Entity {id: pair.to})
CALL (a, b) {
  WITH a, b WHERE NOT 'MENTIONS' IN $types
  MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  RETURN p
  LIMIT toInteger($cap)
  UNION ALL
  WITH a, b WHERE 'MENTIONS' IN $types
  MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON|MENTIONS*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types) AND all(n IN nodes(p) WHERE n:Entity)
  RETURN p
  LIMIT toInteger($cap)
}
WITH pair, nodes(p) AS ns, relationships(p) AS rs
WITH pair, ns, [i IN range(0, size(rs) - 1) | type(rs[i]) + CASE WHEN startNode(rs[i]) = ns[i] THEN '>' ELSE '<' END] AS shape,
  collect(rs) AS variants
WITH pair, ns, shape, variants, [n IN ns | n.id] AS ids
ORDER BY ids, shape
WITH pair, collect({ns: ns, variants: variants}) AS paths
UNWIND paths[0..toInteger($limit)] AS path
WITH pair, path.ns AS ns,
  [i IN range(0, size(path.ns) - 2) | reduce(seen = [], v IN path.variants | CASE WHEN v[i] IN seen THEN seen ELSE seen + v[i] END)] AS stepRels
RETURN pair.from AS from, pair.to AS to,
  [n IN ns | n{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] AS nodes,
  [rels IN stepRels | {type: type(rels[0]), source: startNode(rels[0]).id, target: endNode(rels[0]).id,
    evidenceCount: reduce(c = 0, r IN rels | c + coalesce(r.evidenceCount, size(r.sentences), r.count, 0)),
    rels: CASE WHEN $evidence THEN [r IN rels | r{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}] ELSE [] END}] AS steps
