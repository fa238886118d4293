// API: the sections of documents, in document order (the root section, index -1, left out).
UNWIND $documents AS d
MATCH (s:Section {document: d})
WHERE s.index >= 0
RETURN d AS document, s{.id, .index, .level, .title, .path} AS section
ORDER BY d, s.index
