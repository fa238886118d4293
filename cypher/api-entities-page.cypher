// API: one page of entities ordered by id; $after is the last id of the previous page (or null); $take = page size + 1.
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($region IS NULL OR e.region = $region OR EXISTS { (e)-[:BELONGS_TO]->(:Entity {id: $region}) })
WITH e ORDER BY e.id
WITH collect(e) AS matched
RETURN size(matched) AS total, [x IN [y IN matched WHERE $after IS NULL OR y.id > $after][0..toInteger($take)] | x{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region}] AS page
