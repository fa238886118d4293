// Counts for the stats field: entities per type, semantic relations per type (the lexical graph
// — sections, sentences and their mentions — is counted apart), documents, sentences, indicators.
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS n RETURN collect({type: type, count: n}) AS entities }
CALL () {
  MATCH ()-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]->()
  WITH type(r) AS type, count(*) AS n
  RETURN collect({type: type, count: n}) AS semantic
}
CALL () { MATCH (:Plan)-[r:MENTIONS]->(:Entity) RETURN count(r) AS mentions }
CALL () { MATCH (p:Plan) WHERE p.documentId IS NOT NULL RETURN count(p) AS documents }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL () { MATCH (i:Indicator) RETURN count(i) AS indicators }
RETURN entities,
       semantic + CASE WHEN mentions > 0 THEN [{type: 'MENTIONS', count: mentions}] ELSE [] END AS relationships,
       documents, sentences, indicators
