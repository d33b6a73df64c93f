package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.casusregie.Fixture;
import nl.casusregie.actieoverleg.ActieOverleg.Element;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An Actie-Overleg worked in the real Tasklist: Veilig Thuis enters a stalking report with the
 * network's start form, confirms the advised route to the Actie-Overleg and bundles its facts, the officer chairs the session with its form (decisions, a tactical
 * plan, back next week), and the probation service reads the plan it has an action in. Screenshots
 * in target/browser/actie-overleg/.
 */
class ActieOverlegBrowserTest extends BrowserTest {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    /** Codes as stored, and what a broken page shows. */
    private static final Pattern RAW = Pattern.compile("\\b(PLEGER|SLACHTOFFER|VOLGEN|RECLASSERING|JA|null|undefined)\\b");

    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("Veilig Thuis reports with the network's start form and confirms the route, the officer chairs the session and makes a plan, probation reads its part")
    void actieOverlegInTasklist() throws IOException {
        String achternaam = Fixture.uniek("Stalking");
        login("veiligthuis1");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Proces starten']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='Actie-Overleg']"))).click();
        WebElement start = camundaForm();
        assertThat(start.findElement(By.tagName("h1")).getText()).isEqualTo("Nieuwe melding voor het Actie-Overleg-netwerk");
        type(start, "Betrokkene 1", "Naam", "Rik " + achternaam);
        choose(group(start, "Betrokkene 1"), "Rol", "Pleger");
        type(start, "Betrokkene 2", "Naam", "Eva " + achternaam);
        choose(group(start, "Betrokkene 2"), "Rol", "Slachtoffer");
        field(start, "textarea", "Wat is er gebeurd?").findElement(By.tagName("textarea"))
                .sendKeys("Rik staat 's nachts voor de deur van Eva en stuurt dreigberichten");
        choose(start, "Soort melding", "Melding bij Veilig Thuis");
        for (String feit : List.of("Crisis of (vermoeden van) acute onveiligheid", "Letsel bij een kind",
                "Verdachte gehoord of aangehouden", "Signalen van mensenhandel", "Dreigend gevaar of risico op gevaar")) {
            centred(radio(field(start, "radio", feit), "Nee")).click();
        }
        centred(radio(field(start, "radio", "Stalking"), "Ja")).click();
        browser.screenshot("actie-overleg/1-veiligthuis-melding");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Starten']"))).click();

        // The network routes the report: instroom-route advises the Actie-Overleg, Veilig Thuis confirms it.
        String meldingInstantie = wait.until(d -> jdbc.sql("""
                select m.proces_instantie_id from melding m join melding_persoon p on p.melding_id = m.id
                where p.naam = :naam""").param("naam", "Eva " + achternaam).query(String.class).optional().orElse(null));
        Task routeTaak = task(meldingInstantie, Element.ROUTE_BEVESTIGEN);
        openFilter("Taken van mijn groepen");
        openTaskFromList(routeTaak.getId(), "Route bevestigen");
        claim();
        WebElement route = camundaForm();
        assertThat(shownText(route, "textarea", "Advies van de tabel instroom-route")).contains("Stalking");
        assertThat(field(route, "select", "Route").findElement(By.cssSelector(".fjs-select-display")).getText())
                .as("the advised route is chosen").isEqualTo("Actie-Overleg van Veilig Thuis, politie en OM");
        browser.screenshot("actie-overleg/1b-veiligthuis-route");
        complete();

        String nummer = wait.until(d -> jdbc.sql("""
                select a.nummer from actie_overleg a join actie_overleg_persoon p on p.actie_overleg_id = a.id
                where p.naam = :naam""").param("naam", "Eva " + achternaam).query(String.class).optional().orElse(null));
        String instantie = jdbc.sql("select proces_instantie_id from actie_overleg where nummer = :n").param("n", nummer)
                .query(String.class).single();
        assertThat(instantie).as("the report goes on as the case, in its own instance").isEqualTo(meldingInstantie);

        Task feiten = task(instantie, Element.FEITEN_VEILIG_THUIS);
        openFilter("Taken van mijn groepen");
        openTaskFromList(feiten.getId(), "Feiten Veilig Thuis bundelen");
        claim();
        WebElement bundelen = camundaForm();
        assertThat(shownText(bundelen, "textfield", "Actie-Overleg")).isEqualTo(nummer);
        assertThat(shownText(bundelen, "textarea", "Betrokkenen")).contains("Pleger: Rik " + achternaam, "Slachtoffer: Eva " + achternaam);
        field(bundelen, "textarea", "Feiten van Veilig Thuis").findElement(By.tagName("textarea"))
                .sendKeys("Twee eerdere meldingen van Eva; veiligheidsplan in 2025");
        centred(radio(field(bundelen, "radio", "Pleger bekend bij de reclassering"), "Ja")).click();
        browser.screenshot("actie-overleg/2-veiligthuis-feiten");
        complete();
        wait.until(d -> taskService.createTaskQuery().taskId(feiten.getId()).count() == 0);
        fixture.complete("politie1", task(instantie, Element.FEITEN_POLITIE), Map.of("feitenPolitie", "Drie meldingen van overlast"));
        browser.close();

        // The session begins: its timer runs as the job executor would run it.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instantie)
                .activityId(Element.WACHTEN_OP_SESSIE).singleResult().getId());
        Task bespreken = task(instantie, Element.BESPREKEN);
        restartChromium();
        login("om1");
        openFilter("Taken van mijn groepen");
        assertThat(browser.taskCard(bespreken.getId()).getText()).as("the list tells cases apart")
                .contains("Casus bespreken in het Actie-Overleg", nummer, "Fam. " + achternaam);
        openTaskFromList(bespreken.getId(), "Casus bespreken in het Actie-Overleg");
        claim();
        WebElement sessie = camundaForm();
        assertThat(shownText(sessie, "textarea", "Gebundelde feiten"))
                .contains("Twee eerdere meldingen van Eva", "Bekend bij de reclassering: Ja", "Drie meldingen van overlast");
        centred(radio(field(sessie, "radio", "Ambtshalve aangifte door Veilig Thuis"), "Ja")).click();
        field(sessie, "textarea", "Waarom wel of geen ambtshalve aangifte").findElement(By.tagName("textarea"))
                .sendKeys("Eva durft zelf geen aangifte te doen");
        centred(radio(field(sessie, "radio", "Aanhouding bevolen door de officier"), "Nee")).click();
        centred(radio(field(sessie, "radio", "Contactverbod bevolen door de officier"), "Ja")).click();
        field(sessie, "textarea", "Waarom de officier zo besluit").findElement(By.tagName("textarea"))
                .sendKeys("Geen heterdaad; een contactverbod beschermt Eva direct");
        WebElement actie = group(sessie, "Actie 1");
        choose(actie, "Wie", "Reclassering");
        actie.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(), 'Wat')]]//textarea"))
                .sendKeys("Rik aanspreken op zijn toezicht");
        WebElement deadline = centred(actie.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-datetime')]//input")));
        deadline.sendKeys(LocalDate.now().plusDays(7).format(DATUM));
        deadline.sendKeys(Keys.TAB);
        actie.findElement(By.xpath(".//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(), 'Waarom')]]//textarea"))
                .sendKeys("Hij is in beeld bij de reclassering");
        centred(radio(field(sessie, "radio", "Heeft een partner nog zorgen"), "Ja")).click();
        centred(radio(field(sessie, "radio", "Vervolg"), "Volgende week terug op de agenda (volgen)")).click();
        field(sessie, "textarea", "Toelichting bij het vervolg").findElement(By.tagName("textarea"))
                .sendKeys("Volgen tot het contactverbod is betekend");
        browser.screenshot("actie-overleg/3-om-sessie");
        complete();
        Task plan = wait.until(d -> taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(Element.PLAN_KENNISNEMEN).taskCandidateGroup("reclassering").singleResult());
        assertThat(jdbc.sql("select contactverbod from actie_overleg_besluit b join actie_overleg a on a.id = b.actie_overleg_id "
                + "where a.nummer = :n").param("n", nummer).query(Boolean.class).single()).isTrue();
        assertThat(task(instantie, Element.BESPREKEN)).as("back on next week's agenda, waiting for the session").isNull();
        browser.close();

        restartChromium();
        login("reclassering1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(plan.getId(), "Tactisch plan: kennisnemen");
        WebElement lezen = camundaForm();
        String getoond = lezen.getText() + "\n" + shownText(lezen, "textarea", "Het plan: openstaande acties") + "\n"
                + shownText(lezen, "textarea", "Besluiten van de sessie");
        assertThat(getoond).contains("Reclassering", "Rik aanspreken op zijn toezicht", "Contactverbod: ja", "Aanhouding: nee")
                .doesNotContain("Geen heterdaad", "Twee eerdere meldingen");
        assertThat(RAW.matcher(getoond).results().map(m -> m.group())).as("raw codes on the form").isEmpty();
        browser.screenshot("actie-overleg/4-reclassering-plan");
        claim();
        complete();
        wait.until(d -> taskService.createTaskQuery().taskId(plan.getId()).count() == 0);
    }

    private Task task(String instantie, String element) {
        return taskService.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(element).singleResult();
    }
}
