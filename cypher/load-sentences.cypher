UNWIND $rows AS row
MATCH (s:Section {id: row.section})
CREATE (t:Sentence {id: row.id, document: $document, index: row.index, text: row.text, start: row.start, end: row.end, section: row.sectionPath})
CREATE (s)-[:HAS_SENTENCE]->(t)
RETURN count(t) AS written
