package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a Dutch professional sees around the forms, in the real web apps in headless Chromium
 * (Debian's chromium and chromium-driver, set up as in TasklistBrowserTest; skipped where they
 * are missing): the entrance leads through a Dutch login to Tasklist, no Camunda 8 banner, the
 * forms' date picker and validation texts in Dutch, the case director chosen by name, and a
 * Cockpit without the actions the engine would refuse. Screenshots of each step are kept in
 * target/browser/dutch/.
 */
class DutchTasklistBrowserTest extends BrowserTest {

    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("the entrance leads a partner through a Dutch login to a Dutch Tasklist without the Camunda 8 banner")
    void entranceLeadsToDutchTasklist() throws IOException {
        driver.get("http://localhost:" + port + "/");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        assertThat(driver.getCurrentUrl()).contains("/camunda/app/welcome/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button[type=submit]"), "Aanmelden"));
        screenshot("1-inloggen");
        assertThat(username.getAttribute("placeholder")).isEqualTo("Gebruikersnaam");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Welkom").doesNotContain("Welcome", "Log in");
        username.sendKeys("politie1");
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Proces starten"));
        screenshot("2-tasklist");
        assertThat(driver.findElement(By.cssSelector("[cam-widget-header]")).getText())
                .as("the header shows the user's name").contains("Pieter Visser");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allMatch(b -> !b.isDisplayed());
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8", "migrate", "Welcome");
    }

    @Test
    @DisplayName("the start form's date picker starts on Monday with Dutch months, and a required field says so in Dutch")
    void formDatePickerAndValidationInDutch() throws IOException {
        login("politie1");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Proces starten']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='Casus Zorg- en Veiligheidshuis']"))).click();
        WebElement form = camundaForm();
        WebElement lid1 = form.findElement(By.xpath(".//*[contains(@class,'fjs-form-field-group')][.//*[starts-with(normalize-space(),'Lid 1')]]"));

        WebElement naam = lid1.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(),'Naam')]]//input"));
        naam.sendKeys("x");
        naam.sendKeys(Keys.BACK_SPACE);
        naam.sendKeys(Keys.TAB);
        WebElement fout = wait.until(d -> lid1.findElement(By.cssSelector(".fjs-form-field-error li")));
        wait.until(d -> fout.getText().equals("Dit veld is verplicht."));

        WebElement datum = lid1.findElement(By.cssSelector(".fjs-form-field-datetime input"));
        // The order of day and month follows the browser's own locale (form-js asks Intl); the
        // letters are Dutch. Headless Chromium here runs in en-US, so this shows mm/dd/jjjj.
        assertThat(datum.getAttribute("placeholder")).contains("jjjj").doesNotContain("yyyy");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", datum);
        datum.click();
        WebElement kalender = wait.until(d -> lid1.findElements(By.cssSelector(".flatpickr-calendar.open")).stream().findFirst().orElse(null));
        screenshot("3-datumkiezer-en-verplicht-veld");
        List<String> dagen = kalender.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(d -> d.getAttribute("textContent").trim()).toList();
        assertThat(dagen).startsWith("ma", "di", "wo", "do", "vr", "za", "zo");
        List<String> maanden = kalender.findElements(By.cssSelector(".flatpickr-monthDropdown-month")).stream()
                .map(m -> m.getAttribute("textContent").trim()).toList();
        assertThat(maanden).contains("januari", "maart", "mei", "oktober").doesNotContain("March", "May", "October");
        assertThat(form.getText()).doesNotContain("Field is required").doesNotContainPattern("\\bSelect\\b")
                .contains("Maak een keuze");
    }

    @Test
    @DisplayName("the procesregisseur picks the case director by name from the house's case directors")
    void caseDirectorByName() throws IOException {
        var casus = fixture.meldAan(Fixture.aanmelding(true, 6, 4, false, Fixture.uniek("Regie")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        Task toewijzen = taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey("UserTask_CasusregieToewijzen").singleResult();

        login("procesregisseur1");
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + toewijzen.getId());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        WebElement form = camundaForm();
        WebElement keuze = form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-select')][./label[starts-with(normalize-space(),'Casusregisseur')]]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", keuze);
        keuze.findElement(By.cssSelector(".fjs-select-display")).click();
        List<String> namen = wait.until(d -> {
            List<String> items = keuze.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText).toList();
            return items.isEmpty() ? null : items;
        });
        screenshot("4-casusregisseur-kiezen");
        assertThat(namen).containsExactly("Sanne de Boer", "Youssef El Amrani");
        assertThat(keuze.getText()).doesNotContainPattern("\\bSelect\\b");
        keuze.findElement(By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Youssef El Amrani']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Voltooien']"))).click();

        wait.until(d -> taskService.createTaskQuery().taskId(toewijzen.getId()).count() == 0);
        assertThat(runtimeService.getVariable(casus.getId(), "casusregisseur")).isEqualTo("casusregisseur2");
    }

    @Test
    @DisplayName("Cockpit offers a supervisor no action that changes a case")
    void cockpitWithoutChanges() throws IOException {
        var casus = fixture.meldAan(Fixture.aanmelding(true, 6, 4, false, Fixture.uniek("Cockpit")));
        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]"))).sendKeys("supervisor1");
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // Navigating before the login answer arrives would abort it and leave the browser logged out.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + casus.getId() + "/runtime");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-variables-table]")));
        wait.until(d -> d.findElements(By.cssSelector("[cam-widget-variables-table] tbody tr")).size() > 0);
        screenshot("5-cockpit-supervisor");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner"))).allMatch(b -> !b.isDisplayed());
        assertThat(driver.findElements(By.cssSelector(".add-variable-action, .cancel-process-instance-action, .update-suspension-state-action")))
                .as("no add-variable, cancel or suspend action").isEmpty();
        assertThat(driver.findElements(By.cssSelector("[cam-widget-variables-table] .actions")))
                .allMatch(a -> !a.isDisplayed());
    }

    private void screenshot(String name) {
        browser.screenshot("dutch/" + name);
    }
}
