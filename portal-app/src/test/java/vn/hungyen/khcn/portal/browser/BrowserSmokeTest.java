package vn.hungyen.khcn.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** The running portal in headless Chromium: the shell renders, the menu and the plan's pages work. */
@ExtendWith(ChromiumAvailable.class)
class BrowserSmokeTest extends PortalIntegrationTest {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = ChromiumAvailable.headless("en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_shell_renders_in_vietnamese_with_the_plan_in_the_menu() {
        browser.get(baseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        WebElement menu = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("side-menu")));
        wait.until(d -> menu.getText().contains("Kế hoạch"));
        // The browser asks for English; the portal still speaks Vietnamese first.
        assertThat(menu.getText()).contains("Trang chủ", "Kế hoạch", "Tiến độ", "Đơn vị", "Tìm kiếm");
        WebElement tasks = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".content-type-card[data-type='plan-task'] .count")));
        assertThat(tasks.getText()).isEqualTo("43");
    }

    @Test
    void a_task_page_opens_at_its_stable_url() {
        browser.get(baseUrl() + "/ke-hoach/21-kh-skhcn/nhiem-vu/4.2");
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
        assertThat(title.getText()).startsWith("4.2 Triển khai hiệu quả Chương trình phát triển thị trường khoa học")
                .endsWith("(Quyết định số 2209/QĐ-UBND ngày 22/9/2021 của UBND tỉnh Hưng Yên)");
        assertThat(browser.getTitle()).startsWith("4.2 Triển khai");
    }
}
