// The Plan node that stands for a loaded document carries the document's metadata.
MATCH (p:Entity {id: $plan})
SET p.documentId = $document, p.title = $title, p.path = $path, p.issuer = $issuer,
    p.period = $period, p.issued = $issued, p.sha256 = $sha256, p.format = $format, p.loadedAt = datetime()
RETURN p.id AS id
