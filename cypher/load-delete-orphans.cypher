// Entities that no relationship touches any more (their last document was replaced).
MATCH (e:Entity) WHERE NOT (e)--()
WITH e LIMIT 10000
DETACH DELETE e
RETURN count(*) AS deleted
