// API: the indicators of documents, in text order.
UNWIND $documents AS d
MATCH (i:Indicator {document: d})
RETURN d AS document, i{.*} AS indicator
ORDER BY d, i.start
