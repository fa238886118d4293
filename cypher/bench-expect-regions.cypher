// Bench (expected regions of Q4): the Region nodes named $names.
MATCH (r:Region) WHERE r.name IN $names
RETURN r.id AS id
