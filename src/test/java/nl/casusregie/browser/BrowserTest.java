package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import nl.casusregie.CasusregieTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    // --- Tasklist, as a person works it ---

    void login(String user) {
        browser.login(user);
    }

    void openFilter(String name) {
        browser.openFilter(name);
    }

    /** Clicks the task in the list (the list shows no case number, so it is found by its id). */
    void openTaskFromList(String taskId, String name) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(taskInList(taskId)));
        assertThat(link.getText()).isEqualTo(name);
        link.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("section.task-card h2.task"), name));
    }

    static By taskInList(String taskId) {
        return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
    }

    /** Candidates claim the task first; until then Tasklist shows the form disabled. */
    void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    }

    void complete() {
        WebElement complete = driver.findElement(By.xpath("//div[contains(@class,'form-actions')]/button[normalize-space()='Voltooien']"));
        wait.until(ExpectedConditions.elementToBeClickable(centred(complete))).click();
    }

    WebElement centred(WebElement element) {
        return browser.centred(element);
    }

    /** The rendered Camunda Form (form-js), once its first component is shown. */
    WebElement camundaForm() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.fjs-form h1"))).findElement(
                By.xpath("ancestor::form[contains(@class,'fjs-form')]"));
    }

    /** A form field of the given form-js type, found by its label as people read it. */
    static WebElement field(WebElement form, String type, String labelStart) {
        return form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-" + type + "')]"
                + "[./label[starts-with(normalize-space(), '" + labelStart + "')]]"));
    }

    /** A row of a list in the form (a group), found by its label; null while it is hidden. */
    static WebElement group(WebElement form, String label) {
        return form.findElements(By.xpath(".//div[contains(@class,'fjs-form-field-group')][.//label[normalize-space()='" + label + "']]"))
                .stream().findFirst().orElse(null);
    }

    WebElement input(WebElement container, String labelStart) {
        return centred(container.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(), '"
                + labelStart + "')]]//input")));
    }

    /**
     * Types into a field of a form-js group and waits until the form kept it: a list row that form-js
     * renders again while the keys arrive (a slow machine) loses them.
     */
    void type(WebElement form, String groupLabel, String labelStart, String text) {
        wait.until(d -> {
            WebElement rij = group(form, groupLabel);
            if (rij == null) {
                return false;
            }
            WebElement field = input(rij, labelStart);
            if (text.equals(field.getAttribute("value"))) {
                return true;
            }
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
            return false;
        });
    }

    /** Picks an option of a form-js select (its own dropdown, not a native select). */
    void choose(WebElement container, String labelStart, String option) {
        centred(container.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(), '"
                + labelStart + "')]]//div[contains(@class,'fjs-select-display')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"))).click();
    }

    /** The value a read-only (disabled) field shows, as plain text. */
    static String shownText(WebElement form, String type, String label) {
        WebElement field = form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-" + type + "')]"
                + "[./label[normalize-space()='" + label + "']]"));
        WebElement input = field.findElement(By.xpath(".//input|.//textarea"));
        assertThat(input.isEnabled()).as("%s is read-only", label).isFalse();
        return input.getDomProperty("value");
    }

    /** The option a read-only (disabled) select shows. */
    static String shownChoice(WebElement form, String label) {
        WebElement field = form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-select')]"
                + "[./label[normalize-space()='" + label + "']]"));
        return field.findElement(By.cssSelector(".fjs-select-display")).getText();
    }

    static WebElement radio(WebElement group, String label) {
        return group.findElement(By.xpath(".//label[normalize-space()='" + label + "']/input[@type='radio']"));
    }
}
