-- Users of the portal (editors and admins; readers are anonymous). Passwords are stored as
-- {bcrypt} hashes only.
CREATE TABLE portal_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(100)  NOT NULL,
    password_hash  VARCHAR(200)  NOT NULL,
    display_name   VARCHAR(200)  NOT NULL,
    roles          VARCHAR(200)  NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     ${datetime}   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_portal_user_username UNIQUE (username)
);
