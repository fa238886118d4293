// One relationship per (type, source, target, document); the type comes from a closed list checked by the loader.
// Source and target are positions in $entities (each entity looked up once per statement; see load-sentences).
WITH [id IN $entities | COLLECT { MATCH (e:Entity {id: id}) RETURN e }[0]] AS entities
UNWIND $rows AS row
WITH row, entities[toInteger(row.source)] AS a, entities[toInteger(row.target)] AS b
CREATE (a)-[r:$(row.type)]->(b)
SET r.document = row.document, r.evidenceCount = size(row.sentences), r.sentences = row.sentences,
    r.sections = row.sections, r.sentenceIds = row.sentenceIds, r.starts = row.starts, r.ends = row.ends,
    r.count = row.count
RETURN count(r) AS written
