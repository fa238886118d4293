// Sections in document order (a parent comes before its children in $rows). The plan is a position in $entities
// (looked up once per statement; see load-sentences).
WITH [id IN $entities | COLLECT { MATCH (e:Entity {id: id}) RETURN e }[0]] AS entities
UNWIND $rows AS row
WITH row, entities[toInteger(row.plan)] AS p
CREATE (s:Section {id: row.id, document: row.document, index: row.index, level: row.level, title: row.title, path: row.path})
CREATE (p)-[:HAS_SECTION]->(s)
WITH s, row
CALL (s, row) {
  MATCH (parent:Section {id: row.parent})
  CREATE (s)-[:SUBSECTION_OF]->(parent)
}
RETURN count(s) AS written
