// One relationship per (type, source, target, document); the type comes from a closed list checked by the loader.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r.document = row.document, r.evidenceCount = size(row.sentences), r.sentences = row.sentences,
    r.sections = row.sections, r.sentenceIds = row.sentenceIds, r.starts = row.starts, r.ends = row.ends,
    r.count = row.count
RETURN count(r) AS written
