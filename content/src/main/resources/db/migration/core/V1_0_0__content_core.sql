-- The common content model (see ContentItem, ContentLink). Written for both H2 and MariaDB.
-- ${datetime} and ${longtext} are Flyway placeholders set per database (application*.properties).
CREATE TABLE content_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    type        VARCHAR(64)   NOT NULL,
    slug        VARCHAR(200)  NOT NULL,
    title       VARCHAR(2000) NOT NULL,
    body        ${longtext} NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    created_at  ${datetime}   NOT NULL,
    updated_at  ${datetime}   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uk_content_item_type_slug UNIQUE (type, slug)
);

CREATE INDEX ix_content_item_state ON content_item (state, type);

CREATE TABLE content_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_id   BIGINT        NOT NULL,
    target_id   BIGINT        NOT NULL,
    link_type   VARCHAR(64)   NOT NULL,
    kind        VARCHAR(32),
    provenance  VARCHAR(16)   NOT NULL,
    evidence    VARCHAR(4000),
    created_at  ${datetime}   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_content_link_source FOREIGN KEY (source_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_link_target FOREIGN KEY (target_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT uk_content_link UNIQUE (source_id, target_id, link_type)
);

CREATE INDEX ix_content_link_target ON content_link (target_id, link_type);
