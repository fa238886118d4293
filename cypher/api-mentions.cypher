// API: how often each document names each entity: Plan-[:MENTIONS {count}] when extraction wrote it, else counted
// from Sentence-[:MENTIONS] (the JS side takes the larger of the two per document).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Plan)-[m:MENTIONS]->(e)
  RETURN collect({document: m.document, count: coalesce(m.count, m.evidenceCount)}) AS planMentions
}
CALL (e) {
  OPTIONAL MATCH (t:Sentence)-[:MENTIONS]->(e)
  WITH t.document AS document, count(t) AS n
  RETURN collect({document: document, count: n}) AS sentenceMentions
}
RETURN id, planMentions, sentenceMentions
