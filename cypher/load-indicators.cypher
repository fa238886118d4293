// Indicators of the documents; the plan is a position in $entities (looked up once per statement; see load-sentences).
CALL () {
  UNWIND range(0, size($entities) - 1) AS k
  OPTIONAL MATCH (e:Entity {id: $entities[k]})
  WITH k, e ORDER BY k
  RETURN collect([e]) AS entities
}
UNWIND $rows AS row
WITH row, entities[toInteger(row.plan)][0] AS p
CREATE (i:Indicator {id: row.id, document: row.document, region: row.region, name: row.name, unit: row.unit,
  baselineYear: row.baselineYear, baselineValue: row.baselineValue, targetYear: row.targetYear, targetValue: row.targetValue,
  sentence: row.sentence, section: row.section, start: row.start, end: row.end})
CREATE (p)-[:HAS_INDICATOR]->(i)
RETURN count(i) AS written
