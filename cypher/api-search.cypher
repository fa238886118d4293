// API: search. $lucene is an escaped Lucene phrase (or null), $text the simplified query, $key its pinyin key (or null).
// Scores: exact name 100, pinyin key 90, initials 70, pinyin prefix 60, name contains 50-60, full text < 40.
CALL () {
  WITH 1 AS one WHERE $lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($cap)}) YIELD node, score
  RETURN node AS e, 40.0 * score / (score + 1.0) AS score, 'fulltext' AS matchedBy
  UNION ALL
  MATCH (e:Entity) WHERE $text <> '' AND any(n IN e.names WHERE n CONTAINS $text)
  RETURN e, CASE WHEN $text IN e.names THEN 100.0 ELSE 50.0 + 10.0 * size($text) / size(e.name) END AS score, 'name' AS matchedBy
  UNION ALL
  MATCH (e:Entity) WHERE $key IS NOT NULL AND (e.pinyinKey STARTS WITH $key OR e.pinyinInitials = $key)
  RETURN e, CASE WHEN e.pinyinKey = $key THEN 90.0 WHEN e.pinyinInitials = $key THEN 70.0 ELSE 60.0 END AS score,
    CASE WHEN e.pinyinInitials = $key AND e.pinyinKey <> $key THEN 'initials' ELSE 'pinyin' END AS matchedBy
}
WITH e, score, matchedBy
WHERE ($types IS NULL OR e.type IN $types)
  AND ($region IS NULL OR e.region = $region OR EXISTS { (e)-[:BELONGS_TO]->(:Entity {id: $region}) })
WITH e, score, matchedBy ORDER BY score DESC
WITH e, collect({score: score, matchedBy: matchedBy})[0] AS best
RETURN e{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS entity, best.score AS score, best.matchedBy AS matchedBy
ORDER BY score DESC, size(e.name), e.id
LIMIT toInteger($limit)
