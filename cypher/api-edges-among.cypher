// API: the relationships among a set of entities, aggregated over documents: one edge per (source, type, target).
// $index maps each entity id to its position in the caller's list. The entities are looked up once (index) and each
// is walked out of over the named types (MENTIONS only when $types lists it), so that a hub's lexical MENTIONS are
// never read; the other end is tested by identity (no property read). The source's id is the one looked up, the
// target's is read once per edge, and a relationship's `count` only where it has no `evidenceCount`.
// The best attested $cap edges (ties by ids: the same answer every time) are kept before anything else is read.
// $documents: false leaves out the documents, $evidence: false the sentence and section (read from the stored
// lists), when the caller did not ask for them.
// One row: `edges`, in that order, each [source position, target position, type, evidenceCount, documents, sentence,
// section]: positions instead of ids and one list instead of a record per edge cost less to send and to decode.
UNWIND keys($index) AS source
MATCH (a:Entity {id: source})
WITH collect(a) AS nodes, collect(source) AS sources
UNWIND range(0, size(nodes) - 1) AS i
WITH nodes[i] AS a, sources[i] AS source, nodes
CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]->(b)
  RETURN r, b
  UNION ALL
  UNWIND CASE WHEN 'MENTIONS' IN $types THEN [true] ELSE [] END AS walk
  MATCH (a)-[r:MENTIONS]->(b)
  RETURN r, b
}
WITH source, r, b, nodes
WHERE b IN nodes AND type(r) IN $types
WITH source, r, b, r.evidenceCount AS stored
WITH source, b, type(r) AS type, collect(r) AS rels, sum(coalesce(stored, r.count, 0)) AS evidenceCount
WITH source, b.id AS target, type, rels, evidenceCount
ORDER BY evidenceCount DESC, source, type, target
LIMIT toInteger($cap)
WITH source, target, type, rels, evidenceCount, CASE WHEN $evidence THEN [x IN rels WHERE size(coalesce(x.sentences, [])) > 0][0] END AS stated
WITH source, target, type, evidenceCount, CASE WHEN $documents THEN [x IN rels | x.document] ELSE [] END AS documents,
  stated.sentences[0] AS sentence, stated.sections[0] AS section
ORDER BY evidenceCount DESC, source, type, target
RETURN collect([$index[source], $index[target], type, evidenceCount, documents, sentence, section]) AS edges
