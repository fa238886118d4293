// API: the loaded documents (Plan nodes with a documentId) and their issuers.
MATCH (p:Plan)
WHERE p.documentId IS NOT NULL
OPTIONAL MATCH (i:Entity {id: p.issuer})
RETURN p{.id, .documentId, .title, .path, .issuer, .period, .issued, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS plan,
  i{.id, .type, .name, .aliases, .pinyin, .pinyinInitials, .region} AS issuer
ORDER BY p.documentId
