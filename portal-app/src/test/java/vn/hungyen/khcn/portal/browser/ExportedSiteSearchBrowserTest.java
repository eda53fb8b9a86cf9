package vn.hungyen.khcn.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.portal.publish.ExportProgress;
import vn.hungyen.khcn.portal.publish.StaticSiteExporter;
import vn.hungyen.khcn.portal.support.NotVietnamese;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * The exported site's search in a real Chromium opened from {@code file://} — no server, no fetch(): the words of
 * the plan found with and without marks, a document number found as one identifier, typed in a page's header box;
 * and the pages fit a phone. One browser for the class.
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportedSiteSearchBrowserTest extends PortalIntegrationTest {

    @Autowired
    private StaticSiteExporter exporter;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path site;

    @BeforeAll
    void exportAndOpenBrowser() {
        exporter.export(ExportProgress.NONE);
        site = exporter.siteFolder();
        browser = ChromiumAvailable.headless("vi-VN");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void nhan_long_finds_the_longan_task_with_or_without_marks_first() {
        List<String> withMarks = search("nhãn lồng");
        List<String> withoutMarks = search("nhan long");

        assertThat(withMarks).isNotEmpty().isEqualTo(withoutMarks);
        // The plan spells the fruit "nhân lông" in task 7.3: folded, it is the reader's "nhãn lồng".
        assertThat(withMarks.getFirst()).startsWith("7.3 Duy trì vườn bảo tồn gen nhân lông");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo(withMarks.size() + " kết quả");
        assertThat(NotVietnamese.findIn(browser.findElement(By.tagName("body")).getText())).isEmpty();
    }

    @Test
    void a_document_number_is_found_as_one_identifier_whatever_its_case_and_marks() {
        List<String> exact = search("1851/QĐ-TTg");

        assertThat(exact.getFirst()).startsWith("1851/QĐ-TTg");
        assertThat(search("1851/qd-ttg").getFirst()).isEqualTo(exact.getFirst());
        browser.findElement(By.cssSelector("#search-results a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/van-ban/1851-qd-ttg.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("1851/QĐ-TTg");
    }

    @Test
    void the_search_box_of_a_task_page_opens_the_search_page_with_the_results() {
        browser.get(site.resolve("ke-hoach/21-kh-skhcn/nhiem-vu/4.2.html").toUri().toString());
        WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("1851/QĐ-TTg", Keys.ENTER);

        wait.until(d -> d.getCurrentUrl().contains("/tim-kiem.html?q="));
        wait.until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#search-results a")).getText()).startsWith("1851/QĐ-TTg");
    }

    @Test
    void a_query_that_matches_nothing_says_so_in_vietnamese() {
        assertThat(search("xyzzyqwv")).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("Không tìm thấy kết quả phù hợp.");
    }

    @Test
    void the_exported_pages_fit_a_phone_without_sideways_scrolling() {
        List<String> problems = new ArrayList<>();
        browser.manage().window().setSize(new Dimension(390, 900));
        for (String page : List.of("index.html", "chu-de/index.html", "ke-hoach/21-kh-skhcn/nhiem-vu/4.2.html",
                "ke-hoach/21-kh-skhcn/nhiem-vu/1.2.html", "van-ban/1851-qd-ttg.html", "tim-kiem.html")) {
            browser.get(site.resolve(page).toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> layout = (List<String>) browser.executeScript(ResponsivePagesBrowserTest.LAYOUT_PROBLEMS);
            layout.forEach(p -> problems.add(page + ": " + p));
        }
        browser.manage().window().setSize(new Dimension(1400, 1000));
        assertThat(problems).isEmpty();
    }

    /** The search page from file:// with the query typed into its box; the titles of the hits in order. */
    private List<String> search(String query) {
        browser.get(site.resolve("tim-kiem.html").toUri().toString());
        WebElement box = browser.findElement(By.id("search-query"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
        return browser.findElements(By.cssSelector("#search-results a")).stream().map(WebElement::getText).toList();
    }
}
