// API: the relationships among a set of entities, aggregated over documents: one edge per (source, type, target).
// The entities are looked up once (index) and each is walked out of over the named types (MENTIONS only when $types
// lists it), so that a hub's lexical MENTIONS are never read; the other end is tested by identity (no property read).
// The best attested $cap edges (ties by ids: the same answer every time) are kept before anything else is read.
// $documents: false leaves out the documents, $evidence: false the sentence and section (read from the stored
// lists), when the caller did not ask for them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS nodes
UNWIND nodes AS a
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]->(b)
  RETURN r, b
  UNION ALL
  UNWIND CASE WHEN 'MENTIONS' IN $types THEN [true] ELSE [] END AS walk
  MATCH (a)-[r:MENTIONS]->(b)
  RETURN r, b
}
WITH a, r, b, nodes
WHERE b IN nodes AND type(r) IN $types
WITH a, b, type(r) AS type, collect(r) AS rels
WITH a, b, type, rels, reduce(n = 0, x IN rels | n + coalesce(x.evidenceCount, x.count, 0)) AS evidenceCount
ORDER BY evidenceCount DESC, a.id, type, b.id
LIMIT toInteger($cap)
WITH a, b, type, rels, evidenceCount, CASE WHEN $evidence THEN [x IN rels WHERE size(coalesce(x.sentences, [])) > 0][0] END AS stated
RETURN a.id AS source, b.id AS target, type, evidenceCount, CASE WHEN $documents THEN [x IN rels | x.document] ELSE [] END AS documents,
  stated.sentences[0] AS sentence, stated.sections[0] AS section
ORDER BY evidenceCount DESC, source, type, target
