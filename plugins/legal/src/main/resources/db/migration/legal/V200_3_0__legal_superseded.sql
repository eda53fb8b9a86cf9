-- Whether the entry is hết hiệu lực toàn bộ (repealed or replaced by a document in force), as the registry's relations
-- tell: the search ranks such entries after the ones that stand. Computed by the importer at the next start and
-- whenever a relation or a document's state changes. H2 and MariaDB.
ALTER TABLE legal_document ADD COLUMN superseded BOOLEAN DEFAULT FALSE NOT NULL;
