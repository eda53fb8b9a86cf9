-- The legal module's tables (versions 200.x belong to this module). H2 and MariaDB.
CREATE TABLE legal_document (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    number               VARCHAR(100),
    doc_type             VARCHAR(32)   NOT NULL,
    cited_type           VARCHAR(32),
    issued_on            DATE,
    issuer               VARCHAR(500),
    subject              VARCHAR(2000),
    has_full_text        BOOLEAN       NOT NULL,
    origin               VARCHAR(16)   NOT NULL,
    original_path        VARCHAR(500),
    original_name        VARCHAR(500),
    original_media_type  VARCHAR(200),
    original_size        BIGINT,
    CONSTRAINT fk_legal_document_item FOREIGN KEY (id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT uk_legal_document_number UNIQUE (number)
);

CREATE INDEX ix_legal_document_type ON legal_document (doc_type, issued_on);
