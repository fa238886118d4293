// The Plan node that stands for a loaded document carries the document's metadata.
UNWIND $rows AS row
MATCH (p:Entity {id: row.plan})
SET p.documentId = row.document, p.title = row.title, p.path = row.path, p.issuer = row.issuer,
    p.period = row.period, p.issued = row.issued, p.sha256 = row.sha256, p.format = row.format, p.loadedAt = datetime()
RETURN count(p) AS written
