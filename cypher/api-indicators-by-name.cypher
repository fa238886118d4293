// API: indicators whose name contains $name (case-insensitive), for some regions (ids) or all ($regions null).
MATCH (i:Indicator)
WHERE toLower(i.name) CONTAINS toLower($name) AND ($regions IS NULL OR i.region IN $regions)
RETURN i{.*} AS indicator
ORDER BY i.region, i.document, i.start
LIMIT toInteger($limit)
