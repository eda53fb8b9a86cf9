-- Lịch sử biên tập: who changed which content item when, and what (state and field changes, one per line).
-- Kept when the item is deleted: the record of who did what outlives the item.
CREATE TABLE content_edit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    item_type   VARCHAR(64)   NOT NULL,
    item_slug   VARCHAR(200)  NOT NULL,
    editor      VARCHAR(100)  NOT NULL,
    edited_at   ${datetime}   NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    changes     ${longtext}   NOT NULL,
    item_version BIGINT       NOT NULL
);

CREATE INDEX ix_content_edit_item ON content_edit (item_id, edited_at);
CREATE INDEX ix_content_edit_published ON content_edit (action, edited_at);
