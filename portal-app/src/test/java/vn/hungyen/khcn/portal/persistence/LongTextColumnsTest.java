package vn.hungyen.khcn.portal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The long texts (an item's search text, an edit's changes, a task's target, an activity's requirement and target)
 * are strings on H2, not large objects: H2 copies every CLOB a query returns into a temporary LOB that the session
 * keeps for five minutes, and under a steady stream of {@code /api/tasks} requests the heap grew from 411 MB to
 * 1 GB of them until the portal spent its time in full GCs.
 */
class LongTextColumnsTest extends PortalIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_long_text_columns_are_character_varying_not_clob_on_h2() {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type"
                + " from information_schema.columns where table_schema = 'PUBLIC' and (table_name, column_name) in"
                + " (('CONTENT_ITEM', 'BODY'), ('CONTENT_EDIT', 'CHANGES'), ('PLAN_TASK', 'TARGET'),"
                + " ('PLAN_ACTIVITY', 'REQUIREMENT'), ('PLAN_ACTIVITY', 'TARGET')) order by table_name, column_name");
        assertThat(columns).extracting(c -> c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME") + " " + c.get("DATA_TYPE"))
                .containsExactly("CONTENT_EDIT.CHANGES CHARACTER VARYING", "CONTENT_ITEM.BODY CHARACTER VARYING",
                        "PLAN_ACTIVITY.REQUIREMENT CHARACTER VARYING", "PLAN_ACTIVITY.TARGET CHARACTER VARYING",
                        "PLAN_TASK.TARGET CHARACTER VARYING");
    }

    @Test
    void a_law_longer_than_a_million_characters_is_stored_and_read_back_whole() {
        // Văn bản dài: the longest bundled law is 0.28 M characters; an uploaded code could be several times that.
        String article = "Điều 1. Phạm vi điều chỉnh: Luật này quy định về hoạt động khoa học và công nghệ. ";
        String text = article.repeat(1_000_000 / article.length() + 10);
        Long id = jdbc.queryForObject("select min(id) from content_item", Long.class);
        String before = jdbc.queryForObject("select body from content_item where id = ?", String.class, id);
        try {
            jdbc.update("update content_item set body = ? where id = ?", text, id);
            assertThat(jdbc.queryForObject("select body from content_item where id = ?", String.class, id))
                    .hasSizeGreaterThan(1_000_000).isEqualTo(text);
        } finally {
            jdbc.update("update content_item set body = ? where id = ?", before, id);
        }
    }
}
