package vn.hungyen.khcn.portal.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import vn.hungyen.khcn.content.text.Diacritics;
import vn.hungyen.khcn.content.web.Html;
import vn.hungyen.khcn.portal.publish.SitePages.ItemPage;

/**
 * Chỉ mục tìm kiếm của bản xuất tĩnh: one entry per published item — title, code, trích yếu, address and the start of
 * its text folded by {@link Diacritics#key} — written as a script assigning {@code window.KHCN_CHI_MUC}, because a
 * page opened from {@code file://} may load a script but not fetch a JSON file. {@code tim-kiem.js} folds the query
 * the same way.
 */
final class SearchIndex {

    /** How much of an item's text is searched: enough for a task's activities, a bounded file for a long law. */
    static final int TEXT_CHARS = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    static String script(List<ItemPage> items) {
        List<Map<String, Object>> entries = items.stream().map(SearchIndex::entry).toList();
        String json = JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries);
        return "window.KHCN_CHI_MUC = " + Html.scriptJson(json) + ";\n";
    }

    private static Map<String, Object> entry(ItemPage p) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("title", p.title());
        e.put("code", p.label() == null ? "" : p.label());
        e.put("subtitle", p.subtitle() == null ? "" : p.subtitle());
        e.put("type", p.typeLabel());
        e.put("url", SitePages.INDEX.linkTo(p.path()));
        String text = p.text().length() > TEXT_CHARS ? p.text().substring(0, TEXT_CHARS) : p.text();
        String sections = p.sections().stream().flatMap(s -> Stream.concat(s.fields().stream(),
                s.entries().stream().flatMap(en -> en.fields().stream()))).map(SitePages.Field::value)
                .collect(Collectors.joining(" "));
        e.put("folded", Diacritics.key(text + " " + sections));
        return e;
    }
}
