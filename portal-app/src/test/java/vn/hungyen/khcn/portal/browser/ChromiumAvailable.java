package vn.hungyen.khcn.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Runs the real-browser tests where Debian's Chromium and ChromeDriver are installed ({@code .ci/run} installs
 * them); elsewhere skips them with a message — except when {@code CI=true}, where they must run. Nothing is ever
 * downloaded at test time.
 */
public final class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("portal.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    /**
     * A headless Chromium for this machine's closed network, run as root: no sandbox and no background connections
     * to the internet; Debian's driver, nothing downloaded.
     */
    public static ChromeDriver headless(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM + ", driver at " + DRIVER);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: the browser test must run (Chromium or driver missing)");
        }
        String reason = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + DRIVER + ") is not installed: browser test "
                + "skipped (apt-get install chromium chromium-driver; with CI=true it would fail)";
        System.out.println("[browser] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
