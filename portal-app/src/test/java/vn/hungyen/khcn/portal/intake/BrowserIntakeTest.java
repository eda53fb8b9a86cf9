package vn.hungyen.khcn.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.portal.browser.ChromiumAvailable;
import vn.hungyen.khcn.portal.security.PortalUsers;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** In headless Chromium: an editor uploads a province's plan on the intake page, checks what was read and saves it. */
@ExtendWith(ChromiumAvailable.class)
class BrowserIntakeTest extends PortalIntegrationTest {

    private static final String PASSWORD = "mật-khẩu-nhận-văn-bản-2026";

    @TempDir
    Path files;

    @Autowired
    private PortalUsers users;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private TransactionTemplate transactions;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        if (users.accounts().stream().noneMatch(a -> a.username().equals("bientap.lan"))) {
            users.create("bientap.lan", PASSWORD, "Trần Thị Lan", Set.of(Roles.EDITOR));
        }
        browser = ChromiumAvailable.headless("vi-VN");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowserAndRemoveThePlan() {
        if (browser != null) {
            browser.quit();
        }
        transactions.executeWithoutResult(tx -> {
            for (String jpql : new String[] {"select a from Activity a where a.task.plan.number = :n",
                    "select t from PlanTask t where t.plan.number = :n", "select g from PlanGroup g where g.plan.number = :n",
                    "select p from Plan p where p.number = :n"}) {
                entityManager.createQuery(jpql, Object.class).setParameter("n", PlanIntakeTest.NUMBER).getResultList()
                        .forEach(entityManager::remove);
                entityManager.flush();
            }
        });
    }

    @Test
    void an_editor_uploads_a_plan_sees_its_tasks_and_saves_it_as_a_draft() throws Exception {
        Path file = Files.writeString(files.resolve("Kế hoạch 70-KH-UBND.html"), PlanIntakeTest.HTML, StandardCharsets.UTF_8);
        browser.get(baseUrl() + "/quan-tri/nhap-van-ban");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("bientap.lan");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);

        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-intake-file")));
        // The upload's file input lives in its shadow root (or, depending on the version, in its light DOM).
        WebElement input = wait.until(d -> (WebElement) browser.executeScript("const u = arguments[0];"
                + " return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                + " || u.querySelector('input[type=file]') || document.querySelector('input[type=file]');", upload));
        input.sendKeys(file.toAbsolutePath().toString());

        WebElement status = browser.findElement(By.id("document-intake-status"));
        wait.until(d -> status.getText().startsWith("Đã đọc"));
        assertThat(status.getText()).contains("4 nhiệm vụ");
        assertThat(browser.findElement(By.id("document-intake-header")).getText()).contains("70/KH-UBND", "15/09/2025");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("document-intake-save"))).click();
        wait.until(d -> status.getText().startsWith("Đã lưu bản nháp"));
        Plan plan = transactions.execute(tx -> entityManager.createQuery("from Plan p where p.number = :n", Plan.class)
                .setParameter("n", PlanIntakeTest.NUMBER).getSingleResult());
        assertThat(plan.getState()).isEqualTo(PublicationState.DRAFT);
    }
}
