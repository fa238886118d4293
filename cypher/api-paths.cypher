// API: all shortest paths (allShortestPaths, at most $cap rows per pair) between pairs of entities over the relationship types in $types (the list in the pattern is every
// type a caller may ask for; 5.26 refuses negated types in variable-length patterns). At most 6 hops; the
// resolver drops longer paths than asked. Only Entity nodes (not Sentence) may be on a path.
// There is one relationship per (type, source, target, document), so one path through the graph comes back once per
// combination of documents: those variants are merged here into one row per path (the same nodes, and the same type
// and direction at every step), whose steps list each relationship once. At most $limit paths per pair, in the order
// of their node ids (the same answer every time).
// $evidence: false returns each step's documents and evidence counts only (not the sentence lists), when the caller
// did not ask for evidence.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})
MATCH (b:Entity {id: pair.to})
CALL (a, b) {
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
WITH pair, path.ns AS ns, path.variants AS variants
RETURN pair.from AS from, pair.to AS to,
  [n IN ns | n{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] AS nodes,
  [i IN range(0, size(ns) - 2) | {type: type(variants[0][i]), source: startNode(variants[0][i]).id, target: endNode(variants[0][i]).id,
    rels: [r IN reduce(seen = [], v IN variants | CASE WHEN v[i] IN seen THEN seen ELSE seen + v[i] END) | CASE WHEN $evidence
      THEN r{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}
      ELSE r{.document, .count, evidenceCount: coalesce(r.evidenceCount, size(r.sentences))} END]}] AS steps
