package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file where people decide, in the real Tasklist, per role: the list tells cases
 * apart, the file is one click away on every task of a case, a partner named in an agreement
 * finds it in its list of agreements, a group that does not take part reads nothing, and a
 * split round shows its OM segment's content to the chair only.
 * Screenshots of every step go to target/browser/.
 */
class CaseFileBrowserTest extends BrowserTest {

    /** Codes as stored, and what a broken page shows: none of it may reach a professional. */
    private static final Pattern RAW = Pattern.compile(
            "\\b(MDA_PLUS_PLUS|REGULIER|NIET_OPPAKKEN|VEILIG_THUIS|MOGELIJKE_PLEGER|SLACHTOFFER|AANGEMELD|LOPEND|OPEN"
                    + "|TRIAGE|CASUSREGIE|null|undefined|NaN|veiligthuis|procesregisseur1|casusregisseur1)\\b");

    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("with five open referrals the procesregisseur tells the triage tasks apart and reads the referral in the task's file")
    void triageTasksToldApart() {
        List<String> achternamen = new ArrayList<>();
        List<Task> triages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String achternaam = Fixture.uniek("Lijst");
            achternamen.add(achternaam);
            ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 2 + i, 3, i == 0, achternaam));
            triages.add(taskService.createTaskQuery().processInstanceId(casus.getId()).singleResult());
        }

        browser.login("procesregisseur1");
        browser.openFilter("Taken van mijn groepen");
        for (int i = 0; i < 5; i++) {
            Task triage = triages.get(i);
            String nummer = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(triage.getProcessInstanceId()).singleResult().getBusinessKey();
            String card = browser.taskCard(triage.getId()).getText();
            assertThat(card).as("list card of triage %d", i).contains("Triagebesluit nemen", nummer,
                    "Fam. " + achternamen.get(i));
        }
        browser.screenshot("1-procesregisseur-lijst");

        Task acuut = triages.get(0);
        browser.openTask(acuut.getId(), "Triagebesluit nemen");
        browser.openTab("Dossier");
        String dossier = dossier();
        assertThat(dossier).contains("Sam " + achternamen.get(0), "Noor " + achternamen.get(0), "Mogelijke pleger",
                "Slachtoffer", "Analyse van de aanmelder", "Acuut gevaar", "Pieter Visser (Politie)", "Nog geen besluiten.");
        assertThat(RAW.matcher(dossier).results().map(m -> m.group())).as("raw codes in the file").isEmpty();
        browser.screenshot("2-procesregisseur-dossier-bij-triage");
    }

    @Test
    @DisplayName("after the first meeting the case director reads it in the file, the partner named in the agreement finds it, others read nothing")
    void agreementReadWhereTheWorkIs() throws IOException {
        String achternaam = Fixture.uniek("Afspraak");
        ProcessInstance casus = fixture.naEersteOverleg(achternaam, "casusregisseur1", "Geen plan bij escalatie");
        String nummer = casus.getBusinessKey();
        Task terugkoppelen = fixture.task(fixture.focusoverleg(casus));

        browser.login("casusregisseur1");
        browser.openFilter("Mijn taken");
        assertThat(browser.taskCard(terugkoppelen.getId()).getText()).contains(nummer, "Fam. " + achternaam);
        browser.openTask(terugkoppelen.getId(), "Cliënten terugkoppeling geven");
        browser.openTab("Dossier");
        String dossier = dossier();
        assertThat(dossier).contains("Ronde 1 · fase 1", "gemiddeld 4, spreiding 2", "Veilig Thuis",
                "Andere actie van professionals",
                "Veiligheidsplan opstellen", "Geen plan bij escalatie", "Open", "Triagebesluit", "Jarenlang patroon",
                "casusregisseur Sanne de Boer");
        assertThat(RAW.matcher(dossier).results().map(m -> m.group())).as("raw codes in the file").isEmpty();
        browser.screenshot("3-casusregisseur-dossier-na-overleg");
        browser.close();

        restartChromium();
        browser.login("veiligthuis1");
        Task uitvoeren = taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskCandidateGroup("veiligthuis")
                .singleResult();
        browser.openFilter("Taken van mijn groepen");
        assertThat(browser.taskCard(uitvoeren.getId()).getText()).as("the agreement in the owner's list")
                .contains("Afspraak uitvoeren", nummer, "Fam. " + achternaam);
        browser.openTask(uitvoeren.getId(), "Afspraak uitvoeren");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.fjs-form h1")));
        browser.screenshot("4-veiligthuis-afspraak-uitvoeren");
        browser.openTab("Dossier");
        assertThat(dossier()).contains("Veiligheidsplan opstellen", "Geen plan bij escalatie");
        String afspraken = afspraken();
        assertThat(afspraken).contains(nummer + " (ronde 1)", "Veilig Thuis", "Veiligheidsplan opstellen",
                "Geen plan bij escalatie", "Open");
        assertThat(RAW.matcher(afspraken).results().map(m -> m.group())).isEmpty();
        browser.screenshot("5-veiligthuis-afspraken");
        assertThat(browser.apiStatus("taken/" + terugkoppelen.getId() + "/dossier"))
                .as("a task the partner does not see: no file through it").isEqualTo(404);
        assertThat(browser.apiStatus("taken/" + uitvoeren.getId() + "/dossier")).as("its own task: the file").isEqualTo(200);
        assertThat(browser.apiStatus("casussen/" + nummer + "/dossier"))
                .as("named in an agreement: the partner reads the file").isEqualTo(200);
        browser.close();

        restartChromium();
        browser.login("rvdk1");
        assertThat(afspraken()).contains("Er staan geen afspraken op naam van uw organisatie.")
                .doesNotContain(nummer);
        assertThat(browser.apiStatus("casussen/" + nummer + "/dossier")).as("not taking part").isEqualTo(404);
        browser.screenshot("6-rvdk-geen-afspraken");
    }

    @Test
    @DisplayName("a split round reads in Dutch part by part; the case director sees that the OM segment was held, the chair reads it")
    void splitRoundPerReader() throws IOException {
        String achternaam = Fixture.uniek("Gesplitst");
        String omTekst = "OMBROWSERGEHEIM";
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        fixture.complete("procesregisseur1", casus, java.util.Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        fixture.complete("procesregisseur1", casus, java.util.Map.of("casusregisseur", "casusregisseur1"));
        ProcessInstance overleg = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", overleg, java.util.Map.of("wensenClienten", "Rust in huis", "deelnameClienten", "JA",
                "hoopClienten", "Dat vader hulp krijgt"));
        fixture.houdGesplitstOverleg(overleg, omTekst);
        Task nabespreken = fixture.task(overleg);

        browser.login("casusregisseur1");
        browser.openFilter("Mijn taken");
        browser.openTask(nabespreken.getId(), "Overleg nabespreken met cliënten");
        browser.openTab("Dossier");
        String dossier = dossier();
        assertThat(dossier).contains("Samenstelling", "OM-deel, zonder cliënten", "Cliëntendeel, zonder OM",
                "Voorbereiding met de cliënten", "Rust in huis", "Dat vader hulp krijgt", "Ja, aan tafel",
                "Inbreng van de partners", "Wettelijke taak", "Toestemming geweigerd", Fixture.WEIGERING,
                "Deel 1: OM-deel, zonder cliënten", "Wat in het OM-deel is besproken, lezen alleen het OM en de procesregisseur.",
                "Deel 2: Cliëntendeel, zonder OM", "Beeld met de cliënten", "Moeder voelt zich veiliger", "Vader houdt afstand",
                "gemiddeld 4,5, spreiding 1", "bodemeis", "bewaakt door Politie", "Sam komt niet in de buurt van de school",
                "De cliënten zelf", "Samenwerkingsafspraken", "Terug naar fase 1 en binnen een week opnieuw overleg")
                .doesNotContain(omTekst, "Officier");
        assertThat(RAW.matcher(dossier).results().map(m -> m.group())).as("raw codes in the file").isEmpty();
        assertThat(dossier).doesNotContainPattern("\\b(GEHEEL|CLIENTEN|WETTELIJKE_TAAK|GEWEIGERD|ACTIE_PROFESSIONALS|clienten)\\b");
        browser.screenshot("7-casusregisseur-gesplitst-overleg");
        browser.close();

        fixture.koppelTerug(overleg, "casusregisseur1", "Besproken");
        Task vervolg = taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey("UserTask_VervolgBesluiten").singleResult();
        restartChromium();
        browser.login("procesregisseur1");
        browser.openFilter("Taken van mijn groepen");
        browser.openTask(vervolg.getId(), "Vervolg besluiten");
        browser.openTab("Dossier");
        assertThat(dossier()).contains("Deel 1: OM-deel, zonder cliënten", omTekst + " beeld van de officier",
                omTekst + " dagvaarding voorbereiden", omTekst + " contactverbod handhaven", "Officier")
                .doesNotContain("Wat in het OM-deel is besproken, lezen alleen");
        browser.screenshot("8-procesregisseur-gesplitst-overleg");
    }

    /** The case file tab's content, once loaded. */
    private String dossier() {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".casusregie-dossier"))).getText();
    }

    /** Opens "Afspraken" in the header and returns what the overview shows, once loaded. */
    private String afspraken() {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.casusregie-afspraken-knop"))).click();
        WebElement venster = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".casusregie-afspraken-venster")));
        browser.wait.until(d -> !venster.getText().contains("laden"));
        return venster.getText();
    }
}
