// API: all shortest paths (allShortestPaths, at most $cap rows per pair) between pairs of entities over the relationship types in $types (the list in the pattern is every
// type a caller may ask for; 5.26 refuses negated types in variable-length patterns). At most 6 hops; the
// resolver drops longer paths than asked. Only Entity nodes (not Sentence) may be on a path.
// $evidence: false returns each step's document and evidence count only (not its sentence lists), when the caller
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
RETURN pair.from AS from, pair.to AS to,
  [n IN nodes(p) | n{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
    rel: CASE WHEN $evidence THEN r{.document, .sentences, .sections, .sentenceIds, .starts, .ends, .evidenceCount, .count}
      ELSE r{.document, .count, evidenceCount: coalesce(r.evidenceCount, size(r.sentences))} END}] AS steps
