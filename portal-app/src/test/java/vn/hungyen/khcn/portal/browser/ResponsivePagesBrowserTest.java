package vn.hungyen.khcn.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hungyen.khcn.portal.support.NotVietnamese;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;
import vn.hungyen.khcn.portal.support.PortalPages;

/**
 * Every kind of public page in a real Chromium, as a phone (390 px) and a laptop (1366 px) show it: nothing wider
 * than the screen (no sideways scrolling), no text cut with "…" that cannot be read in full, no English or internal
 * word; and the not-found page. One browser for the whole class.
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsivePagesBrowserTest extends PortalIntegrationTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;

    /**
     * Elements wider than the window (outside a box that scrolls on its own) and text cut by an ellipsis without a
     * tooltip, in the page and inside the shadow roots of Vaadin's components. Also run on the exported site's pages.
     */
    static final String LAYOUT_PROBLEMS = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > width + 1) {
              problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            const scrolls = el => { const o = getComputedStyle(el).overflowX; return o === 'auto' || o === 'scroll'; };
            const visit = (root, insideScroller) => {
              for (const el of root.querySelectorAll('*')) {
                const style = getComputedStyle(el);
                if (style.display === 'none' || style.visibility === 'hidden') continue;
                const rect = el.getBoundingClientRect();
                // A grid scrolls its rows and columns inside its own box; a select shows its chosen value in its box
                // and the whole of it in its list.
                let scroller = insideScroller || !!el.closest('vaadin-grid, vaadin-select-value-button');
                for (let p = el.parentElement; p && !scroller; p = p.parentElement) scroller = scrolls(p);
                if (!scroller && rect.width > 0 && rect.right > width + 1) {
                  problems.push('wider than the screen: <' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                      + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
                      + ' in ' + (el.parentElement ? el.parentElement.tagName.toLowerCase() + (el.parentElement.id ? '#' + el.parentElement.id : '') : (el.getRootNode().host ? 'shadow of ' + el.getRootNode().host.tagName.toLowerCase() : ''))
                      + '> right edge ' + Math.round(rect.right) + ' "' + (el.textContent || '').trim().slice(0, 60) + '"');
                }
                if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !el.title
                    && (el.textContent || '').trim().length > 0) {
                  problems.push('text cut without a way to read it: "' + el.textContent.trim().slice(0, 80) + '"');
                }
                if (el.shadowRoot) visit(el.shadowRoot, scroller || scrolls(el) || el.tagName === 'VAADIN-SELECT-ITEM');
              }
            };
            visit(document, false);
            return problems.slice(0, 20);
            """;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
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
    void every_public_page_fits_a_phone_and_a_laptop_and_speaks_vietnamese_only() {
        List<String> problems = new ArrayList<>();
        for (int width : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : PortalPages.PUBLIC) {
                open(page);
                @SuppressWarnings("unchecked")
                List<String> layout = (List<String>) browser.executeScript(LAYOUT_PROBLEMS);
                layout.forEach(p -> problems.add(width + " px /" + page + ": " + p));
                String text = browser.findElement(By.tagName("body")).getText();
                NotVietnamese.findIn(text).forEach(w -> problems.add(width + " px /" + page + ": " + w));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void on_a_phone_the_language_and_the_sign_in_link_are_in_the_menu_not_the_header() {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        open("ke-hoach");
        assertThat(browser.findElement(By.id("language")).isDisplayed()).isFalse();
        browser.findElement(By.tagName("vaadin-drawer-toggle")).click();
        wait.until(d -> d.findElement(By.id("login-link-menu")).isDisplayed());
        assertThat(browser.findElement(By.id("login-link-menu")).getText()).isEqualTo("Đăng nhập");
    }

    @Test
    void on_a_phone_the_search_facets_fold_above_results_as_wide_as_the_screen() {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        open("tim-kiem?q=nh%C3%A3n%20l%E1%BB%93ng");
        wait.until(d -> d.findElement(By.id("search-filters")).getDomProperty("opened").equals("false"));
        assertThat(browser.findElement(By.id("search-results")).getRect().getWidth()).isGreaterThan(300);
        // The plan writes the fruit "nhân lông": found and shown for the query typed with its proper marks.
        assertThat(browser.findElement(By.id("search-results")).getText()).contains("nhân lông");
    }

    @Test
    void an_unknown_address_shows_the_vietnamese_page_inside_the_layout_not_the_login_form() {
        browser.manage().window().setSize(new Dimension(LAPTOP, 900));
        open("khong-co-trang-nay");
        assertThat(browser.getCurrentUrl()).endsWith("/khong-co-trang-nay");
        assertThat(browser.findElement(By.id("not-found-title")).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(browser.findElement(By.id("side-menu")).getText()).contains("Kế hoạch", "Văn bản pháp lý");
    }

    /** Opens a page and waits until Vaadin has rendered it and has nothing more to do. */
    private void open(String page) {
        browser.get(baseUrl() + "/" + page);
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && !!document.querySelector('vaadin-app-layout, #login')"
                        + " && !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }
}
