// Export: every entity (of $types; empty = all), ordered by id.
MATCH (e:Entity)
WHERE size($types) = 0 OR e.type IN $types
RETURN e.id AS id
ORDER BY id
LIMIT toInteger($cap)
