// PlanGraph's own bookkeeping: a key's value (e.g. the fingerprint of the loaded corpus, or "stale"/"fresh" for the
// data), with a new random version at every write (the answer cache keys answers by the data's version).
MERGE (m:PlanGraphMeta {key: $key})
SET m.fingerprint = $fingerprint, m.updatedAt = datetime(), m.version = randomUUID()
RETURN m.key AS key
