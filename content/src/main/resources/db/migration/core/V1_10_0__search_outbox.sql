-- Several portal nodes on one database (portal.cluster.coordination=outbox-polling, see IndexCoordination): Hibernate
-- Search writes each change to be indexed as an event in the saving transaction, and the nodes' processors, which
-- share the work through the agent table, apply every event once. Created here, not by Hibernate: the tables exist on
-- every portal and stay empty on a single node. Column names as Spring's naming strategy writes Hibernate Search's
-- mapping; ids are UUIDs as text (uuid_type CHAR in IndexCoordination). ${binary} is a large binary column.
CREATE TABLE hsearch_outbox_event (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    entity_name     VARCHAR(256)  NOT NULL,
    entity_id       VARCHAR(256)  NOT NULL,
    entity_id_hash  INTEGER       NOT NULL,
    tenant_id       VARCHAR(255),
    payload         ${binary}     NOT NULL,
    retries         INTEGER       NOT NULL,
    process_after   ${datetime}   NOT NULL,
    status          VARCHAR(16)   NOT NULL
);

CREATE INDEX ix_hsearch_outbox_event_hash ON hsearch_outbox_event (entity_id_hash);
CREATE INDEX ix_hsearch_outbox_event_status ON hsearch_outbox_event (status);
CREATE INDEX ix_hsearch_outbox_event_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                    CHAR(36)      NOT NULL PRIMARY KEY,
    type                  VARCHAR(64)   NOT NULL,
    name                  VARCHAR(255)  NOT NULL,
    tenant_id             VARCHAR(255),
    expiration            ${datetime}   NOT NULL,
    state                 VARCHAR(16)   NOT NULL,
    total_shard_count     INTEGER,
    assigned_shard_index  INTEGER,
    payload               ${binary}
);
