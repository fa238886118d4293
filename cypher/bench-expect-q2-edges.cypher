// Bench (expected answer of Q2e): every relationship among the entities $ids over $types, one edge per
// (source, type, target) with its evidence summed over the documents (a rel's evidenceCount, else its count).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN a.id AS source, type(r) AS type, b.id AS target, sum(coalesce(r.evidenceCount, r.count, 0)) AS evidenceCount
