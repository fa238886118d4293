MERGE (m:PlanGraphMeta {key: $key})
SET m.fingerprint = $fingerprint, m.updatedAt = datetime()
RETURN m.key AS key
