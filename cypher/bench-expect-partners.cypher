// Bench (expected answer of Q3, and Q4's shared partners): every (partner, region) link, written independently of
// api-region-partners: a region collaborates with the partner, or a member of the region (x -BELONGS_TO-> region)
// collaborates with it or relies on it. $regions: region ids or null for all.
MATCH (r:Region)-[:COLLABORATES_WITH]-(p:Entity)
WHERE ($regions IS NULL OR r.id IN $regions) AND p.type IN $partnerTypes AND p <> r
RETURN p.id AS partner, r.id AS region
UNION
MATCH (x:Entity)-[:BELONGS_TO]->(r:Region)
WHERE $regions IS NULL OR r.id IN $regions
MATCH (x)-[c:COLLABORATES_WITH|RELIES_ON]-(p:Entity)
WHERE p.type IN $partnerTypes AND p <> x AND p <> r AND (type(c) = 'COLLABORATES_WITH' OR startNode(c) = x)
RETURN p.id AS partner, r.id AS region
