// One relationship per (type, source, target, document); the type comes from a closed list checked by the loader.
// Source and target are positions in $entities (each entity looked up once per statement; see load-sentences).
CALL () {
  UNWIND range(0, size($entities) - 1) AS k
  OPTIONAL MATCH (e:Entity {id: $entities[k]})
  WITH k, e ORDER BY k
  RETURN collect([e]) AS entities
}
UNWIND $rows AS row
WITH row, entities[toInteger(row.source)][0] AS a, entities[toInteger(row.target)][0] AS b
CREATE (a)-[r:$(row.type)]->(b)
SET r.document = row.document, r.evidenceCount = size(row.sentences), r.sentences = row.sentences,
    r.sections = row.sections, r.sentenceIds = row.sentenceIds, r.starts = row.starts, r.ends = row.ends,
    r.count = row.count
RETURN count(r) AS written
