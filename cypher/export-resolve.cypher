// Export: each ref (an id, canonical name or alias) to one entity id; $type null = any type. Refs that match nothing return no row.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (e:Entity)
  WHERE (e.id = ref OR e.name = ref OR ref IN coalesce(e.names, e.aliases, []))
    AND ($type IS NULL OR e.type = $type)
  RETURN e
  ORDER BY CASE WHEN e.id = ref THEN 0 WHEN e.name = ref THEN 1 ELSE 2 END, e.id
  LIMIT 1
}
RETURN ref, e.id AS id
