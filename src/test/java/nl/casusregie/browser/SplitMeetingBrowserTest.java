package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.casusregie.Fixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One round of a focus meeting with a split meeting, worked entirely in the real Tasklist by the
 * demo users: the case director prepares with the clients, the chair plans and confirms the
 * composition, the OM and Veilig Thuis contribute, the chair records the OM segment and then
 * the clients' segment, the case director debriefs, and the letter to the clients comes out
 * without a word of the OM segment.
 */
class SplitMeetingBrowserTest extends BrowserTest {

    /** Written only in the OM segment. */
    private static final String OM_GEHEIM = "OMGEHEIM";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Autowired TaskService taskService;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("a split round in Tasklist: preparation, plan, composition, contributions, OM segment, clients' segment, debrief, letter")
    void splitRoundInTasklist() throws IOException {
        String achternaam = Fixture.uniek("Gesplitst");
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        ProcessInstance overleg = fixture.focusoverleg(casus);

        as("casusregisseur1", "Mijn taken", task(overleg, "UserTask_ClientenVoorbereiden"), "Overleg voorbereiden met cliënten");
        WebElement voorbereiden = camundaForm();
        assertThat(voorbereiden.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-textfield')]"
                + "[./label[normalize-space()='Gezinslid']]//input")).getDomProperty("value"))
                .as("the members' rows are prefilled with their names").isEqualTo("Sam " + achternaam);
        field(voorbereiden, "textarea", "Wensen en vragen").findElement(By.tagName("textarea")).sendKeys("Rust in huis");
        centred(radio(field(voorbereiden, "radio", "Komen de cliënten?"), "Ja, aan tafel")).click();
        browser.screenshot("gesplitst/1-casusregisseur-voorbereiden");
        complete();
        browser.wait.until(d -> task(overleg, "UserTask_ClientenVoorbereiden") == null);

        as("procesregisseur1", "Taken van mijn groepen", task(overleg, "UserTask_OverlegPlannen"), "Overleg plannen");
        WebElement plannen = camundaForm();
        WebElement datum = centred(plannen.findElement(By.cssSelector(".fjs-form-field-datetime input")));
        datum.sendKeys(LocalDate.now().plusDays(7).format(DATUM));
        datum.sendKeys(Keys.TAB);
        check(plannen, "Het OM moet aan tafel");
        check(plannen, "Openbaar Ministerie");
        check(plannen, "Veilig Thuis");
        browser.screenshot("gesplitst/2-procesregisseur-plannen");
        complete();
        Task opzet = browser.wait.until(d -> task(overleg, "UserTask_OpzetBevestigen"));

        browser.openTask(opzet.getId(), "Opzet en uitnodigingen bevestigen");
        claim();
        WebElement bevestigen = camundaForm();
        assertThat(shownText(bevestigen, "textarea", "Advies: delen van het overleg, in deze volgorde"))
                .as("OM first without the clients, then the clients without the OM")
                .containsSubsequence("OM-deel, zonder cliënten", "Cliëntendeel, zonder OM");
        browser.screenshot("gesplitst/3-procesregisseur-opzet");
        complete();
        browser.wait.until(d -> taskService.createTaskQuery().processInstanceId(overleg.getId())
                .taskDefinitionKey("UserTask_InformatieAanleveren").count() == 2);

        for (String partner : new String[] {"om", "veiligthuis"}) {
            Task bijdrage = taskService.createTaskQuery().processInstanceId(overleg.getId())
                    .taskDefinitionKey("UserTask_InformatieAanleveren").taskCandidateGroup(partner).singleResult();
            as(partner + "1", "Taken van mijn groepen", bijdrage, "Informatie aanleveren voor het focusoverleg");
            WebElement aanleveren = camundaForm();
            centred(radio(field(aanleveren, "radio", "Grond om te delen"), "Wettelijke taak")).click();
            field(aanleveren, "textarea", "Actuele informatie").findElement(By.tagName("textarea"))
                    .sendKeys("Actuele informatie van " + partner);
            browser.screenshot("gesplitst/4-" + partner + "-informatie");
            complete();
            browser.wait.until(d -> taskService.createTaskQuery().taskId(bijdrage.getId()).count() == 0);
        }

        Task omDeel = browser.wait.until(d -> task(overleg, "UserTask_OverlegVastleggen"));
        as("procesregisseur1", "Taken van mijn groepen", omDeel, "Overlegdeel voeren en vastleggen");
        WebElement omForm = camundaForm();
        assertThat(shownText(omForm, "textfield", "Dit deel van het overleg")).isEqualTo("OM-deel, zonder cliënten");
        assertThat(omForm.getText()).as("the guide's questions of phase 1 only")
                .contains("Beeldvorming (fase 1: directe veiligheid)", "hoe bezorgd bent u over de directe veiligheid?")
                .doesNotContain("fase 2: risicogestuurde zorg", "Schaalvraag fase 3")
                .as("no clients at the OM's table").doesNotContain("De cliënten waren bij dit deel aanwezig");
        assertThat(shownText(omForm, "textarea", "Bijdragen van de partners (samenvatten bij de start)"))
                .contains("Actuele informatie van om", "Actuele informatie van veiligthuis");
        browser.screenshot("gesplitst/5-procesregisseur-om-deel");
        recordSegment(omForm, OM_GEHEIM + " aangifte wordt voorbereid", "Openbaar Ministerie", OM_GEHEIM + " dagvaarding voorbereiden");
        Task clientenDeel = browser.wait.until(d -> {
            Task open = task(overleg, "UserTask_OverlegVastleggen");
            return open != null && !open.getId().equals(omDeel.getId()) ? open : null;
        });

        browser.openTask(clientenDeel.getId(), "Overlegdeel voeren en vastleggen");
        claim();
        WebElement clientenForm = camundaForm();
        assertThat(shownText(clientenForm, "textfield", "Dit deel van het overleg")).isEqualTo("Cliëntendeel, zonder OM");
        check(clientenForm, "De cliënten waren bij dit deel aanwezig");
        recordSegment(clientenForm, "Topzorg: escalatie bij de overdracht", "Veilig Thuis", "Veiligheidsplan opstellen");
        Task nabespreken = browser.wait.until(d -> task(overleg, "UserTask_Nabespreken"));

        as("casusregisseur1", "Mijn taken", nabespreken, "Overleg nabespreken met cliënten");
        WebElement nabespreking = camundaForm();
        assertThat(shownText(nabespreking, "textarea", "De afspraken van dit overleg (wie, wat, uiterlijk wanneer, waarom)"))
                .contains("Veiligheidsplan opstellen").doesNotContain(OM_GEHEIM);
        browser.screenshot("gesplitst/6-casusregisseur-nabespreken");
        field(nabespreking, "textarea", "Verslag van de nabespreking").findElement(By.tagName("textarea"))
                .sendKeys("Moeder vond het fijn dat ze apart gehoord werd");
        complete();

        Task vertalen = browser.wait.until(d -> task(overleg, "UserTask_BriefVertalen"));
        browser.openFilter("Mijn taken");
        browser.openTask(vertalen.getId(), "Cliëntbrief laten vertalen");
        assertThat(shownText(camundaForm(), "textfield", "Te vertalen in")).isEqualTo("Arabisch");
        browser.openTab("Dossier");
        String dossier = browser.dossierText();
        assertThat(dossier).contains("Brieven aan de cliënten");
        browser.screenshot("gesplitst/casusregisseur-brief-in-dossier");
        long brief = jdbc.sql("select b.id from clientbrief b join casus c on c.id = b.casus_id where c.nummer = :nummer")
                .param("nummer", casus.getBusinessKey()).query(Long.class).single();
        assertThat(browser.apiStatus("casussen/" + casus.getBusinessKey() + "/brieven/" + brief)).isEqualTo(200);

        byte[] pdf = jdbc.sql("select pdf from clientbrief where id = :id").param("id", brief).query(byte[].class).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Veiligheidsplan opstellen.", "Deze brief wordt voor u vertaald in het Arabisch.")
                    .doesNotContain(OM_GEHEIM, "dagvaarding");
        }
    }

    /** A fresh browser as that user, who opens the task from that filter and claims it if offered to a group. */
    private void as(String user, String filter, Task task, String name) throws IOException {
        browser.close();
        restartChromium();
        browser.login(user);
        browser.openFilter(filter);
        browser.openTask(task.getId(), name);
        if (!driver.findElements(By.cssSelector("button.claim")).isEmpty()) {
            claim();
        }
    }

    private Task task(ProcessInstance instance, String activityId) {
        return fixture.task(instance, activityId);
    }

    /** Ticks a checkbox or a checklist option by its label. */
    private void check(WebElement form, String label) {
        centred(form.findElement(By.xpath(".//label[starts-with(normalize-space(), '" + label + "')]"))).click();
    }

    /** One segment along BOB: the picture, one score, one agreement for that partner, and the next meeting. */
    private void recordSegment(WebElement form, String beeld, String wie, String wat) {
        field(form, "textarea", "Beeld: gedeelde topzorg").findElement(By.tagName("textarea")).sendKeys(beeld);
        type(form, "Deelnemer 1", "Deelnemer", wie);
        type(form, "Deelnemer 1", "Score", "6");
        WebElement afspraak = group(form, "Afspraak 1");
        choose(afspraak, "Soort afspraak", "Andere actie van professionals");
        choose(afspraak, "Wie", wie);
        input(afspraak, "Wat").sendKeys(wat);
        WebElement deadline = centred(afspraak.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-datetime')]//input")));
        deadline.sendKeys(LocalDate.now().plusDays(14).format(DATUM));
        deadline.sendKeys(Keys.TAB);
        input(afspraak, "Waarom").sendKeys("Veiligheid van de kinderen");
        complete();
    }
}
