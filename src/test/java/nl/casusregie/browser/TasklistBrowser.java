package nl.casusregie.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Tasklist in a real headless Chromium (the Debian packages chromium and
 * chromium-driver), worked as a person works it. Tests skip where those are not installed;
 * CI installs them. Nothing is ever downloaded: driver and browser are given explicitly, so
 * Selenium Manager is not run. Screenshots go to target/browser/.
 */
final class TasklistBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Debian's Chromium is newer than the DevTools versions Selenium ships, which Selenium
     * reports as a warning at every start; these tests use plain WebDriver only. (Held here,
     * because java.util.logging keeps loggers only weakly.)
     */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");
    private static final Logger CHROMIUM_LOG = Logger.getLogger("org.openqa.selenium.chromium");

    final WebDriver driver;
    final WebDriverWait wait;
    private final int port;
    private final Path profile;

    /** Call from @BeforeEach, so a missing browser counts the test as skipped. */
    static TasklistBrowser start(int port) {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs the Debian packages chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        return new TasklistBrowser(port);
    }

    private TasklistBrowser(int port) {
        this.port = port;
        // Belt and braces: the driver is named below, so Selenium Manager is skipped; were it
        // ever run, it gets SE_* properties as environment and would stay offline.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        CDP_LOG.setLevel(Level.SEVERE);
        CHROMIUM_LOG.setLevel(Level.SEVERE);
        try {
            profile = Files.createTempDirectory("tasklist-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000",
                "--accept-lang=nl-NL,nl", "--lang=nl-NL"); // Tasklist in Dutch, as the professionals' browsers ask for it
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    void login(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
    }

    void openFilter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(),'" + name + "')]"))).click();
    }

    /** The task's card in the list (name, process, columns), once shown. */
    WebElement taskCard(String taskId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(taskInList(taskId)))
                .findElement(By.xpath("ancestor::li[1]"));
    }

    static By taskInList(String taskId) {
        return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
    }

    /** Opens a task from the list and waits for its view. */
    void openTask(String taskId, String name) {
        // The list renders again when it refreshes (after a completion): find and click in one go, again if it went stale.
        wait.until(d -> {
            try {
                WebElement link = d.findElement(taskInList(taskId));
                if (!link.isDisplayed()) {
                    return false;
                }
                centred(link).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        wait.until(ExpectedConditions.textToBe(By.cssSelector("section.task-card h2.task"), name));
    }

    /** Clicks a tab of the task view ("Formulier", "Dossier", ...). */
    void openTab(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//section[contains(@class,'task-card')]//a[normalize-space()='" + label + "']"))).click();
    }

    /** The text of the task view's case file tab, once loaded. */
    String dossierText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".casusregie-dossier"))).getText();
    }

    /** Scrolls the element to the middle of the window: Tasklist's fixed footer covers the bottom of long pages. */
    WebElement centred(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** Status of a GET of the project's API in this browser's session, as the plugins ask it. */
    long apiStatus(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', headers: {'X-Requested-With': 'test'}})
                  .then(r => done(r.status), e => done(-1));""", "/api/" + path);
    }

    void screenshot(String name) {
        try {
            Path shot = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(shot.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
