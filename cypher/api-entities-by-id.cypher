// API: entities by id (the per-request DataLoader batches ids).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS entity
