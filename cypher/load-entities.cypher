// MERGE entities by id; the type label is set from a closed list checked by the loader.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.aliases = []
SET e:$(row.type),
    e.type = row.type,
    e.name = row.name,
    e.aliases = reduce(acc = [], a IN coalesce(e.aliases, []) + row.aliases | CASE WHEN a IN acc OR a = row.name THEN acc ELSE acc + a END),
    e.pinyin = row.pinyin,
    e.pinyinKey = row.pinyinKey,
    e.pinyinInitials = row.pinyinInitials,
    e.region = coalesce(row.region, e.region)
WITH e, row
SET e.names = reduce(acc = [e.name], a IN e.aliases + row.traditional | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.searchText = reduce(s = '', n IN e.names | s + ' ' + n) + ' ' + coalesce(e.pinyin, '') + ' ' + coalesce(e.pinyinKey, '') + ' ' + coalesce(e.pinyinInitials, '')
RETURN count(e) AS written
