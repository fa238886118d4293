// Sentences with the entities they mention (Sentence -[:MENTIONS]-> Entity), in one pass. A row names its section by
// position in $sections and each mentioned entity by position in $entities: every node is looked up once per
// statement, not once per sentence or mention (a million index seeks at ×100). The lists keep their positions
// (collect([x]) keeps a missing node as [null]); CREATE then fails on it rather than dropping the row. Positions come
// from JavaScript numbers, which Bolt sends as floats: toInteger.
CALL () {
  UNWIND range(0, size($sections) - 1) AS k
  OPTIONAL MATCH (s:Section {id: $sections[k]})
  WITH k, s ORDER BY k
  RETURN collect([s]) AS sections
}
CALL () {
  UNWIND range(0, size($entities) - 1) AS k
  OPTIONAL MATCH (e:Entity {id: $entities[k]})
  WITH k, e ORDER BY k
  RETURN collect([e]) AS entities
}
UNWIND $rows AS row
WITH entities, row, sections[toInteger(row.section)][0] AS s
CREATE (t:Sentence {id: row.id, document: row.document, index: row.index, text: row.text, start: row.start, end: row.end, section: row.sectionPath})
CREATE (s)-[:HAS_SENTENCE]->(t)
WITH entities, t, row
CALL (entities, t, row) {
  UNWIND row.mentions AS m
  WITH t, m, entities[toInteger(m.node)][0] AS e
  CREATE (t)-[:MENTIONS {start: m.start, end: m.end, surface: m.surface}]->(e)
}
RETURN count(t) AS written
