// PlanGraph's own bookkeeping (e.g. the fingerprint of the loaded corpus).
OPTIONAL MATCH (m:PlanGraphMeta {key: $key})
RETURN m.fingerprint AS fingerprint
