// Remove one document's contribution: its lexical graph, indicators and every relationship it stated.
// Entities stay (other documents may name them); orphans are removed by load-delete-orphans.
CALL (){ MATCH (s:Sentence {document: $document}) DETACH DELETE s }
CALL (){ MATCH (s:Section {document: $document}) DETACH DELETE s }
CALL (){ MATCH (i:Indicator {document: $document}) DETACH DELETE i }
CALL (){ MATCH ()-[r:COLLABORATES_WITH {document: $document}]->() DELETE r }
CALL (){ MATCH ()-[r:RELIES_ON {document: $document}]->() DELETE r }
CALL (){ MATCH ()-[r:BELONGS_TO {document: $document}]->() DELETE r }
CALL (){ MATCH ()-[r:CITES {document: $document}]->() DELETE r }
CALL (){ MATCH ()-[r:FOCUSES_ON {document: $document}]->() DELETE r }
CALL (){ MATCH ()-[r:MENTIONS {document: $document}]->() DELETE r }
RETURN $document AS document
