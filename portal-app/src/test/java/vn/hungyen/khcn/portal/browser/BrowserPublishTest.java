package vn.hungyen.khcn.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.hungyen.khcn.content.domain.PublicationState;
import vn.hungyen.khcn.content.domain.Roles;
import vn.hungyen.khcn.content.service.EditorialWorkflow;
import vn.hungyen.khcn.plan.domain.Plan;
import vn.hungyen.khcn.portal.security.PortalUsers;
import vn.hungyen.khcn.portal.support.PortalIntegrationTest;

/** In headless Chromium: an editor signs in on the login page and publishes a draft from the editing list. */
@ExtendWith(ChromiumAvailable.class)
class BrowserPublishTest extends PortalIntegrationTest {

    private static final String PASSWORD = "mật-khẩu-thử-nghiệm-2026";

    @Autowired
    private PortalUsers users;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private EditorialWorkflow workflow;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private long id;

    @BeforeEach
    void openBrowserWithADraft() {
        if (users.accounts().stream().noneMatch(a -> a.username().equals("bientap.hoa"))) {
            users.create("bientap.hoa", PASSWORD, "Nguyễn Thị Hoa", Set.of(Roles.EDITOR));
        }
        id = transactions.execute(tx -> {
            Plan plan = new Plan("79/KH-SKHCN", "Kế hoạch phát triển tài sản trí tuệ tỉnh Hưng Yên năm 2026");
            plan.setText("Bảo hộ, khai thác và phát triển tài sản trí tuệ cho sản phẩm đặc sản địa phương.");
            entityManager.persist(plan);
            return plan.getId();
        });
        browser = ChromiumAvailable.headless("vi-VN");
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowserAndRemoveTheDraft() {
        if (browser != null) {
            browser.quit();
        }
        transactions.executeWithoutResult(tx -> {
            Plan plan = entityManager.find(Plan.class, id);
            if (plan != null) {
                entityManager.remove(plan);
            }
        });
    }

    @Test
    void an_editor_signs_in_and_publishes_a_draft() {
        browser.get(baseUrl() + "/bien-tap");
        // A reader is sent to the login page first.
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys("bientap.hoa");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);

        WebElement publish = wait.until(ExpectedConditions.elementToBeClickable(By.id("publish-" + id)));
        publish.click();
        WebElement message = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editorial-message")));
        wait.until(d -> message.getText().startsWith("Đã xuất bản"));
        assertThat(message.getText()).isEqualTo("Đã xuất bản “Kế hoạch phát triển tài sản trí tuệ tỉnh Hưng Yên năm 2026”.");
        assertThat(workflow.item(id).orElseThrow().state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(workflow.history(id)).first().satisfies(r -> assertThat(r.getEditor()).isEqualTo("bientap.hoa"));
    }
}
