package vn.hungyen.khcn.portal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.portal.support.NotVietnamese;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The exported site checked like the live one, on the bundled plan 21/KH-SKHCN and its laws: every internal link of
 * every page reaches an exported file, a task page carries its code, group, activities with months and units and its
 * basis with trích yếu, a parent task lists its sub-tasks, no page shows an English or internal word, and the search
 * index names every item page. The search itself runs in Chromium: {@code ExportedSiteSearchBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportedSiteTest extends PortalIntegrationTest {

    @Autowired
    private StaticSiteExporter exporter;

    private Path site;
    private List<Path> pages;

    @BeforeAll
    void export() throws IOException {
        exporter.export(ExportProgress.NONE);
        site = exporter.siteFolder();
        try (Stream<Path> all = Files.walk(site)) {
            pages = all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void every_link_script_and_form_of_every_page_reaches_an_exported_file() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Document doc = parse(page);
            for (Element e : doc.select("a[href], link[href], script[src], form[action]")) {
                String target = e.hasAttr("src") ? e.attr("src") : e.hasAttr("action") ? e.attr("action") : e.attr("href");
                if (URI.create(target.replace(" ", "%20")).isAbsolute() || target.startsWith("#")) {
                    continue;
                }
                String file = target.replaceAll("[?#].*$", "");
                checked++;
                if (!Files.isRegularFile(page.getParent().resolve(file).normalize())) {
                    broken.add(site.relativize(page) + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(pages.size()).isGreaterThan(100);
        assertThat(checked).isGreaterThan(pages.size() * 3);
    }

    @Test
    void a_task_page_shows_its_code_group_activities_with_months_and_units_and_its_basis_with_trich_yeu()
            throws IOException {
        Document task = parse(site.resolve("ke-hoach/21-kh-skhcn/nhiem-vu/4.2.html"));

        assertThat(task.selectFirst("h1").text()).startsWith("4.2 ");
        assertThat(task.title()).startsWith("4.2 ").endsWith("— Cổng tri thức KH&CN Hưng Yên");
        assertThat(field(task, "#task-facts", "Số thứ tự nhiệm vụ")).isEqualTo("4.2");
        assertThat(field(task, "#task-facts", "Nhóm giải pháp")).startsWith("IV. ");
        Element activities = task.selectFirst("#task-activities");
        assertThat(activities.select("h3").eachText()).isNotEmpty().allMatch(h -> h.matches("Hoạt động \\d+"));
        assertThat(activities.select("dt").eachText()).contains("Thời gian thực hiện", "Đơn vị chủ trì");
        assertThat(activities.select("dd").eachText()).anyMatch(v -> v.contains("các tháng "));
        Element basis = task.selectFirst("#task-basis");
        assertThat(basis.select("li a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("../../../van-ban/"));
        Element decision = basis.select("li").stream().filter(li -> li.selectFirst("a").text().equals("2209/QĐ-UBND"))
                .findFirst().orElseThrow();
        assertThat(decision.selectFirst(".subtitle").text())
                .isEqualTo("Chương trình phát triển thị trường khoa học và công nghệ tỉnh Hưng Yên đến năm 2030");
        assertThat(decision.select(".note").eachText()).contains("nêu trực tiếp trong nhiệm vụ");
    }

    @Test
    void a_parent_task_lists_its_sub_tasks_with_links_and_says_where_its_activities_are() throws IOException {
        Document task = parse(site.resolve("ke-hoach/21-kh-skhcn/nhiem-vu/1.2.html"));

        Element subtasks = task.selectFirst("#task-subtasks");
        assertThat(subtasks.select("li a").eachText()).map(t -> t.split(" ")[0])
                .containsExactly("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.2.6");
        assertThat(subtasks.select("li a").eachAttr("href")).first().asString().endsWith("/nhiem-vu/1.2.1.html");
        assertThat(task.selectFirst("#task-activities h2").text()).contains("nằm trong 6 nhiệm vụ con");
    }

    @Test
    void no_page_shows_an_english_or_internal_word_and_the_index_names_the_site_once() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            Document doc = parse(page);
            NotVietnamese.findIn(doc.title() + "\n" + doc.body().text())
                    .forEach(w -> found.add(site.relativize(page) + ": " + w));
        }
        assertThat(found).isEmpty();
        Document index = parse(site.resolve("index.html"));
        assertThat(index.title()).isEqualTo("Cổng tri thức KH&CN Hưng Yên");
        assertThat(index.selectFirst("h1").text()).isEqualTo("Nội dung đã xuất bản");
    }

    @Test
    void the_search_index_names_every_item_page_with_its_folded_text() throws IOException {
        String index = Files.readString(site.resolve("tim-kiem-chi-muc.js"), StandardCharsets.UTF_8);

        assertThat(index).startsWith("window.KHCN_CHI_MUC = [").doesNotContain("</", "<!--");
        assertThat(index).contains("\"url\":\"ke-hoach/21-kh-skhcn/nhiem-vu/4.2.html\"",
                "\"title\":\"1851/QĐ-TTg\"", "nhan long");
        try (Stream<Path> items = Files.walk(site.resolve("van-ban"))) {
            items.filter(p -> p.toString().endsWith(".html"))
                    .forEach(p -> assertThat(index).contains("\"url\":\"" + site.relativize(p) + "\""));
        }
    }

    /** The value of the labelled field in a section: {@code <dt>label</dt><dd>value</dd>}. */
    private static String field(Document page, String section, String label) {
        for (Element dt : page.select(section + " dt")) {
            if (dt.text().equals(label)) {
                return dt.nextElementSibling().text();
            }
        }
        throw new AssertionError("no field '" + label + "' in " + section);
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
