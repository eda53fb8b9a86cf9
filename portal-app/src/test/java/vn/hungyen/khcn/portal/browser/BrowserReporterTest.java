package vn.hungyen.khcn.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.domain.Slugs;
import vn.hungyen.khcn.plan.progress.ProgressReports;
import vn.hungyen.khcn.portal.security.PortalUsers;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/**
 * In headless Chromium: a reporter whose account is scoped to the Chi cục signs in on the login page (its unit comes
 * from the account, as in production) and sends a June report, which waits for approval.
 */
@ExtendWith(ChromiumAvailable.class)
class BrowserReporterTest extends PortalIntegrationTest {

    private static final String PASSWORD = "bao-cao-chi-cuc-2022";
    private static final String CHI_CUC = "Chi cục Tiêu chuẩn Đo lường Chất lượng";

    @Autowired
    private PortalUsers users;

    @Autowired
    private ProgressReports reports;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowserWithAReporter() {
        if (users.accounts().stream().noneMatch(a -> a.username().equals("baocao.chicuc"))) {
            users.create("baocao.chicuc", PASSWORD, "Trần Văn Nam", Set.of(Roles.REPORTER), Set.of(Slugs.of(CHI_CUC)));
        }
        browser = ChromiumAvailable.headless("vi-VN");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_reporter_signs_in_and_sends_a_june_report_for_its_unit() {
        browser.get(baseUrl() + "/ke-hoach/bao-cao-tien-do");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("baocao.chicuc");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);

        WebElement unit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-unit input")));
        wait.until(d -> CHI_CUC.equals(unit.getDomProperty("value")));
        WebElement period = browser.findElement(By.cssSelector("#report-period input"));
        period.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2022-06", Keys.TAB);
        browser.findElement(By.cssSelector("#report-result textarea"))
                .sendKeys("Đã cập nhật 120 tin bài về tiêu chuẩn đo lường chất lượng trên trang thông tin.", Keys.TAB);
        WebElement save = browser.findElement(By.id("report-save"));
        // The form is long: bring the button into view (and out from under the open text field) before clicking.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        wait.until(ExpectedConditions.elementToBeClickable(save)).click();

        WebElement message = browser.findElement(By.id("report-message"));
        wait.until(d -> message.getText().startsWith("Đã lưu báo cáo lần"));
        assertThat(message.getText()).contains(CHI_CUC, "2022-06").endsWith("chờ duyệt.");
        assertThat(reports.approved("21-kh-skhcn", vn.hungyen.khcn.plan.progress.ReportingPeriod.parse("2022-06")))
                .noneMatch(r -> r.result().startsWith("Đã cập nhật 120 tin bài"));
    }
}
