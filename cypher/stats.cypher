// Counts for the stats field: entities per type, relationships per type, documents.
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS n RETURN collect({type: type, count: n}) AS entities }
CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n RETURN collect({type: type, count: n}) AS relationships }
CALL () { MATCH (p:Plan) WHERE p.documentId IS NOT NULL RETURN count(p) AS documents }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL () { MATCH (i:Indicator) RETURN count(i) AS indicators }
RETURN entities, relationships, documents, sentences, indicators
