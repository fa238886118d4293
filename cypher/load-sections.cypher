// Sections in document order (a parent comes before its children in $rows).
UNWIND $rows AS row
MATCH (p:Entity {id: row.plan})
CREATE (s:Section {id: row.id, document: row.document, index: row.index, level: row.level, title: row.title, path: row.path})
CREATE (p)-[:HAS_SECTION]->(s)
WITH s, row
CALL (s, row) {
  MATCH (parent:Section {id: row.parent})
  CREATE (s)-[:SUBSECTION_OF]->(parent)
}
RETURN count(s) AS written
