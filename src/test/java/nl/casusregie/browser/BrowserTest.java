package nl.casusregie.browser;

import java.io.IOException;
import nl.casusregie.CasusregieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test in the real Tasklist: a fresh Chromium per test, and a screenshot of what it showed when a test failed. */
@CasusregieTest
abstract class BrowserTest {

    @LocalServerPort int port;

    TasklistBrowser browser;
    WebDriver driver;
    WebDriverWait wait;

    /** Saves what the browser showed when a test failed, before the driver is quit. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void startChromium() {
        // Here rather than in @BeforeAll, so the report counts the tests as skipped.
        restartChromium();
    }

    /** A fresh browser, as another person at another desk. */
    void restartChromium() {
        browser = TasklistBrowser.start(port);
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterEach
    void quitChromium() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }
}
