UNWIND $rows AS row
MATCH (p:Entity {id: row.plan})
CREATE (i:Indicator {id: row.id, document: row.document, region: row.region, name: row.name, unit: row.unit,
  baselineYear: row.baselineYear, baselineValue: row.baselineValue, targetYear: row.targetYear, targetValue: row.targetValue,
  sentence: row.sentence, section: row.section, start: row.start, end: row.end})
CREATE (p)-[:HAS_INDICATOR]->(i)
RETURN count(i) AS written
