// Indicators of the documents; the plan is a position in $entities (looked up once per statement; see load-sentences).
WITH [id IN $entities | COLLECT { MATCH (e:Entity {id: id}) RETURN e }[0]] AS entities
UNWIND $rows AS row
WITH row, entities[toInteger(row.plan)] AS p
CREATE (i:Indicator {id: row.id, document: row.document, region: row.region, name: row.name, unit: row.unit,
  baselineYear: row.baselineYear, baselineValue: row.baselineValue, targetYear: row.targetYear, targetValue: row.targetValue,
  sentence: row.sentence, section: row.section, start: row.start, end: row.end})
CREATE (p)-[:HAS_INDICATOR]->(i)
RETURN count(i) AS written
