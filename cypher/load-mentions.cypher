// Sentence -[:MENTIONS]-> Entity: where each entity is named.
UNWIND $rows AS row
MATCH (t:Sentence {id: row.sentence})
MATCH (e:Entity {id: row.node})
CREATE (t)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(e)
RETURN count(*) AS written
