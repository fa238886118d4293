// Sentences with the entities they mention (Sentence -[:MENTIONS]-> Entity), in one pass. A row names its section by
// position in $sections and each mentioned entity by position in $entities: every node is looked up once per
// statement, not once per sentence or mention (a million index seeks at ×100). The lists keep their positions (a
// missing node is null, and CREATE then fails on it rather than dropping the row). Positions come from JavaScript
// numbers, which Bolt sends as floats: toInteger.
WITH [id IN $sections | COLLECT { MATCH (s:Section {id: id}) RETURN s }[0]] AS sections,
     [id IN $entities | COLLECT { MATCH (e:Entity {id: id}) RETURN e }[0]] AS entities
UNWIND $rows AS row
WITH entities, row, sections[toInteger(row.section)] AS s
CREATE (t:Sentence {id: row.id, document: row.document, index: row.index, text: row.text, start: row.start, end: row.end, section: row.sectionPath})
CREATE (s)-[:HAS_SENTENCE]->(t)
WITH entities, t, row
CALL (entities, t, row) {
  UNWIND row.mentions AS m
  WITH t, m, entities[toInteger(m.node)] AS e
  CREATE (t)-[:MENTIONS {start: m.start, end: m.end, surface: m.surface}]->(e)
}
RETURN count(t) AS written
