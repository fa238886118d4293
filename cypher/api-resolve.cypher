// API: resolve what a person typed (id, canonical name, alias, traditional form, pinyin key) to one entity per ref.
// $refs: [{raw, simplified, key}] (key is null for text with Chinese characters); $types: null or a list of entity types.
// Ranks: 0 id, 1 canonical name, 2 alias or traditional form (in `names`), 3 pinyin key; the best rank wins, then the
// shortest name, then the id. `names` has no index, so that scan runs only when neither the id nor the canonical name
// matched (the UNWIND of an empty list stops it before the label scan: bench/results.json, db hits 3,940 → 7 at ×10).
UNWIND $refs AS ref
CALL (ref) {
  OPTIONAL MATCH (e:Entity {id: ref.raw}) RETURN e, 0 AS rank
  UNION
  OPTIONAL MATCH (e:Entity {name: ref.simplified}) RETURN e, 1 AS rank
  UNION
  OPTIONAL MATCH (e:Entity {pinyinKey: ref.key}) RETURN e, 3 AS rank
}
WITH ref, collect(CASE WHEN e IS NOT NULL AND ($types IS NULL OR e.type IN $types) THEN {e: e, rank: rank} END) AS direct
OPTIONAL CALL (ref, direct) {
  UNWIND CASE WHEN none(d IN direct WHERE d.rank < 2) THEN [true] ELSE [] END AS scan
  MATCH (e:Entity)
  WHERE (ref.raw IN e.names OR ref.simplified IN e.names) AND ($types IS NULL OR e.type IN $types)
  RETURN collect({e: e, rank: 2}) AS scanned
}
UNWIND direct + coalesce(scanned, []) AS found
WITH ref, found.e AS e, found.rank AS rank
ORDER BY rank, size(e.name), e.id
WITH ref, collect(e)[0] AS e
RETURN ref.raw AS ref, e{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS entity
