// Remove the contribution of each document in $documents: its lexical graph, indicators and every
// relationship it stated. Entities stay (other documents may name them); orphans are removed by
// load-delete-orphans. A document with no section was never loaded (every load writes its root section in the same
// transaction as everything else it states): nothing to delete, and the nine look-ups are skipped.
UNWIND $documents AS d
WITH d WHERE EXISTS { MATCH (:Section {document: d}) }
CALL (d) { MATCH (:Section {document: d})-[:HAS_SENTENCE]->(s:Sentence) DETACH DELETE s }
CALL (d) { MATCH (s:Section {document: d}) DETACH DELETE s }
CALL (d) { MATCH (i:Indicator {document: d}) DETACH DELETE i }
CALL (d) { MATCH ()-[r:COLLABORATES_WITH {document: d}]->() DELETE r }
CALL (d) { MATCH ()-[r:RELIES_ON {document: d}]->() DELETE r }
CALL (d) { MATCH ()-[r:BELONGS_TO {document: d}]->() DELETE r }
CALL (d) { MATCH ()-[r:CITES {document: d}]->() DELETE r }
CALL (d) { MATCH ()-[r:FOCUSES_ON {document: d}]->() DELETE r }
CALL (d) { MATCH ()-[r:MENTIONS {document: d}]->() DELETE r }
RETURN count(d) AS documents
