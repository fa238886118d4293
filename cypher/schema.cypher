// Applied at start-up and before every load; every statement is idempotent (IF NOT EXISTS / IF EXISTS).
// Sentences are found through their sections (Section.document is indexed); an index on Sentence.document cost
// one entry per sentence at load and served nothing else, so a store made by an earlier version loses it.
DROP INDEX sentence_document IF EXISTS;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (i:Indicator) REQUIRE i.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_pinyin IF NOT EXISTS FOR (e:Entity) ON (e.pinyinKey);
CREATE INDEX plan_document IF NOT EXISTS FOR (p:Plan) ON (p.documentId);
CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.document);
CREATE INDEX indicator_document IF NOT EXISTS FOR (i:Indicator) ON (i.document);
CREATE INDEX indicator_name IF NOT EXISTS FOR (i:Indicator) ON (i.name);
CREATE INDEX rel_collaborates_document IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.document);
CREATE INDEX rel_relies_document IF NOT EXISTS FOR ()-[r:RELIES_ON]-() ON (r.document);
CREATE INDEX rel_belongs_document IF NOT EXISTS FOR ()-[r:BELONGS_TO]-() ON (r.document);
CREATE INDEX rel_cites_document IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.document);
CREATE INDEX rel_focuses_document IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.document);
CREATE INDEX rel_mentions_document IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.document);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
