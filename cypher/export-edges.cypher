// Export: the relationships among entities $ids over $relations, one edge per (source, type, target),
// documents aggregated; the first stated sentence and its heading path.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relations
WITH a, b, type(r) AS type, collect(r) AS rels
WITH a, b, type, rels, [x IN rels WHERE size(coalesce(x.sentences, [])) > 0] AS stated
RETURN a.id AS source, b.id AS target, type,
  reduce(n = 0, x IN rels | n + coalesce(x.evidenceCount, x.count, 0)) AS evidenceCount,
  [x IN rels | x.document] AS documents,
  CASE WHEN size(stated) > 0 THEN stated[0].sentences[0] END AS sentence,
  CASE WHEN size(stated) > 0 THEN stated[0].sections[0] END AS section
ORDER BY source, type, target
