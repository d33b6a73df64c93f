package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.casusregie.Fixture;
import nl.casusregie.huisverbod.Huisverbod;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A restraining order worked in the real Tasklist: the municipality decides on extension with its
 * form (the date appears only for an extension), and Veilig Thuis reads the order in the Dossier
 * tab of its help task, in words. Screenshots in target/browser/.
 */
class HuisverbodBrowserTest extends BrowserTest {

    /** Codes as stored, and what a broken page shows. */
    private static final Pattern RAW = Pattern.compile(
            "\\b(LOPEND|VERLENGEN|NIET_VERLENGEN|HULP_GESTART|UITHUISGEPLAATSTE|ACHTERBLIJVERS|gemeente|veiligthuis"
                    + "|gemeente1|null|undefined|NaN|Invalid Date)\\b");

    @Autowired TestRestTemplate http;
    @Autowired TaskService taskService;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("the municipality extends an order with its form in Tasklist, and Veilig Thuis reads it under 'Huisverboden' in its task's file")
    void extendedInTasklistAndReadInTheFile() throws java.io.IOException {
        String achternaam = Fixture.uniek("Verbod");
        String nummer = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam)).getBusinessKey();
        LocalDateTime opgelegdOp = LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Number id = (Number) http.withBasicAuth("gemeente1", "demo").postForEntity("/api/huisverboden", Map.of(
                "opgelegdOp", opgelegdOp.toString(), "casusnummer", nummer,
                "uithuisgeplaatste", Map.of("naam", "Sam " + achternaam, "geboortedatum", "1980-05-01"),
                "achterblijvers", List.of(Map.of("naam", "Noor " + achternaam))), Map.class).getBody().get("id");
        String instantie = jdbc.sql("select proces_instantie_id from huisverbod where id = :id").param("id", id)
                .query(String.class).single();
        Task besluiten = taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(Huisverbod.Element.BESLUITEN).singleResult();

        login("gemeente1");
        openFilter("Taken van mijn groepen");
        assertThat(browser.taskCard(besluiten.getId()).getText()).contains("Besluiten over verlenging", nummer, "Fam. " + achternaam);
        openTaskFromList(besluiten.getId(), "Besluiten over verlenging");
        claim();
        WebElement form = camundaForm();
        assertThat(form.findElement(By.tagName("h1")).getText()).isEqualTo("Besluiten over verlenging");
        assertThat(shownText(form, "textfield", "Casus")).isEqualTo(nummer);
        assertThat(shownText(form, "textfield", "Opgelegd op")).isEqualTo(Woorden.datumTijd(opgelegdOp));
        assertThat(shownText(form, "textfield", "Loopt tot")).isEqualTo(Woorden.datumTijd(opgelegdOp.plusDays(10)));
        assertThat(shownText(form, "textfield", "Verlengen kan tot uiterlijk")).isEqualTo(Woorden.datumTijd(opgelegdOp.plusDays(28)));
        assertThat(shownText(form, "textfield", "Uithuisgeplaatste")).isEqualTo("Sam " + achternaam + " (geboren 1 mei 1980)");
        assertThat(form.findElements(By.xpath(".//div[contains(@class,'fjs-form-field-datetime')]")))
                .as("no date until extending is chosen").isEmpty();
        centred(radio(field(form, "radio", "Besluit van de burgemeester"), "Verlengen")).click();
        LocalDate verlengdTot = opgelegdOp.toLocalDate().plusDays(21);
        WebElement datum = wait.until(d -> form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-datetime')]//input")));
        centred(datum).sendKeys(verlengdTot.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        datum.sendKeys(Keys.TAB);
        field(form, "textarea", "Waarom?").findElement(By.tagName("textarea")).sendKeys("De dreiging blijft");
        browser.screenshot("huisverbod-1-gemeente-verlengen");
        complete();

        wait.until(d -> "VERLENGEN".equals(jdbc.sql("select verlengingsbesluit from huisverbod where id = :id").param("id", id)
                .query(String.class).optional().orElse(null)));
        assertThat(jdbc.sql("select eindigt_op from huisverbod where id = :id").param("id", id).query(LocalDateTime.class).single())
                .isEqualTo(verlengdTot.atTime(opgelegdOp.toLocalTime()));
        browser.close();

        restartChromium();
        Task hulp = taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(Huisverbod.Element.HULP_ACHTERBLIJVERS).singleResult();
        login("veiligthuis1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(hulp.getId(), "Hulp starten voor de achterblijvers");
        browser.openTab("Dossier");
        String dossier = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".casusregie-huisverbod")))
                .findElement(By.xpath("ancestor::section")).getText();
        assertThat(dossier).contains("Huisverboden", "Opgelegd " + Woorden.datumTijd(opgelegdOp),
                "loopt tot " + Woorden.datumTijd(verlengdTot.atTime(opgelegdOp.toLocalTime())), "Sam " + achternaam + " (geboren 1 mei 1980)",
                "Noor " + achternaam, "Verlengen", "De dreiging blijft", "Ingrid Vos (Gemeente / lokaal team)",
                "De uithuisgeplaatste", "De achterblijvers", "Veilig Thuis", "Nog open");
        assertThat(RAW.matcher(dossier).results().map(m -> m.group())).as("raw codes in the file").isEmpty();
        browser.screenshot("huisverbod-2-veiligthuis-dossier");
    }
}
