// API: the version of the data, for the answer cache (src/api/answer-cache.ts). A load marks the data "stale" before
// it writes and "fresh" when it is done (meta-set under $key), and every mark sets a new random version
// (a store written before versions existed has its time of writing instead).
OPTIONAL MATCH (m:PlanGraphMeta {key: $key})
RETURN m.fingerprint AS state, coalesce(m.version, toString(m.updatedAt)) AS version
