// Sentences with the entities they mention (Sentence -[:MENTIONS]-> Entity), in one pass.
UNWIND $rows AS row
MATCH (s:Section {id: row.section})
CREATE (t:Sentence {id: row.id, document: row.document, index: row.index, text: row.text, start: row.start, end: row.end, section: row.sectionPath})
CREATE (s)-[:HAS_SENTENCE]->(t)
WITH t, row
CALL (t, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.node})
  CREATE (t)-[:MENTIONS {start: m.start, end: m.end, surface: m.surface}]->(e)
}
RETURN count(t) AS written
