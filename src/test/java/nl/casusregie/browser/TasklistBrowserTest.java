package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Camunda Forms as people see them: the real Tasklist in a real headless Chromium (the
 * Debian packages chromium and chromium-driver). Skipped where those are not installed; CI
 * installs them. Nothing is ever downloaded: the driver and browser are given explicitly, so
 * Selenium Manager is not run.
 */
class TasklistBrowserTest extends BrowserTest {

    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("the procesregisseur takes the triage decision in Tasklist with the Camunda Form")
    void triageDecisionInTasklist() {
        String nummer = fixture.meldAan(Fixture.aanmelding(true, 6, 4, false, Fixture.uniek("Browser"))).getBusinessKey();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("UserTask_TriageBesluiten").singleResult();
        assertThat(triage).as("triage task of %s", nummer).isNotNull();

        login("procesregisseur1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(triage.getId(), "Triagebesluit nemen");
        claim();

        WebElement form = camundaForm();
        assertThat(form.findElement(By.tagName("h1")).getText()).isEqualTo("Weegoverleg");
        assertThat(shownChoice(form, "Advies")).isEqualTo("MDA++ (multidisciplinaire aanpak)");
        assertThat(shownText(form, "textfield", "Eerdere casussen van dit huishouden")).isEqualTo("geen");
        assertThat(form.getText()).as("no template is shown literally").doesNotContain("{{");
        assertThat(form.getText()).as("a new household: no empty boxes for a running or earlier case")
                .doesNotContain("Let op bij dit huishouden", "Eerdere casussen: aanpak en afloop",
                        "Mogelijk bekend huishouden");
        WebElement besluit = field(form, "radio", "Besluit");
        assertThat(besluit.findElements(By.xpath("./label[input[@type='radio']]"))).extracting(WebElement::getText)
                .containsExactly("MDA++ (multidisciplinaire aanpak)", "Reguliere aanpak", "Niet oppakken: verwijzen");
        assertThat(radio(besluit, "MDA++ (multidisciplinaire aanpak)").isSelected()).as("the advice is preselected").isTrue();
        assertThat(radio(besluit, "Reguliere aanpak").isSelected()).isFalse();
        assertThat(form.getText()).as("'Verwijzen naar' only when not taken up").doesNotContain("Verwijzen naar");

        String reden = "Zoals geadviseerd, in de browser " + UUID.randomUUID();
        field(form, "textarea", "Reden van het besluit").findElement(By.tagName("textarea")).sendKeys(reden);
        complete();

        wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("UserTask_CasusregieToewijzen").count() == 1);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(taskInList(triage.getId())));
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(triage.getId()).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(done.getAssignee()).isEqualTo("procesregisseur1");
        assertThat(jdbc.sql("""
                        select b.soort, b.advies, b.uitkomst, b.afwijkend, b.reden, b.genomen_door
                        from besluit b join casus c on c.id = b.casus_id where c.nummer = :nummer""")
                .param("nummer", nummer)
                .query((rs, i) -> List.of(rs.getString("soort"), rs.getString("advies"), rs.getString("uitkomst"),
                        rs.getBoolean("afwijkend"), rs.getString("reden"), rs.getString("genomen_door")))
                .list())
                .as("the decision as recorded for the case")
                .containsExactly(List.of("TRIAGE", "MDA++", "MDA++", false, reden, "procesregisseur1"));
    }

    @Test
    @DisplayName("a professional refers a household with the start form 'Aanmelding' in Tasklist")
    void referralWithStartForm() {
        login("politie1");
        WebElement startProcess = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Proces starten']")));
        assertThat(driver.findElements(By.cssSelector(".create-task-action")))
                .as("work comes from the processes: Tasklist offers no free-standing task").isEmpty();
        startProcess.click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='Casus Zorg- en Veiligheidshuis']"))).click();

        WebElement form = camundaForm();
        assertThat(form.findElement(By.tagName("h1")).getText()).isEqualTo("Aanmelding bij het Zorg- en Veiligheidshuis");
        assertThat(form.getText()).as("the next member's row appears once a name is given").doesNotContain("Lid 2");
        String naam = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        type(form, "Lid 1", "Naam", naam);
        choose(group(form, "Lid 1"), "Rol in de casus", "Slachtoffer");
        type(form, "Lid 2", "Naam", "Kind van " + naam);
        choose(group(form, "Lid 2"), "Rol in de casus", "Kind");
        form.findElement(By.xpath(".//label[contains(normalize-space(),'Geweld of kindermishandeling is de hoofdreden')]")).click();

        WebElement start = driver.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Starten']"));
        wait.until(ExpectedConditions.elementToBeClickable(start)).click();

        String nummer = wait.until(d -> jdbc.sql("""
                        select c.nummer from casus c join huishoudlid l on l.huishouden_id = c.huishouden_id
                        where l.naam = :naam""").param("naam", naam).query(String.class).optional().orElse(null));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer).singleResult().getTaskDefinitionKey())
                .isEqualTo("UserTask_TriageBesluiten");
        assertThat(jdbc.sql("""
                        select l.rol from huishoudlid l join casus c on c.huishouden_id = l.huishouden_id
                        where c.nummer = :nummer order by l.id""").param("nummer", nummer).query(String.class).list())
                .containsExactly("SLACHTOFFER", "KIND");
    }

    @Test
    @DisplayName("the chair records a focus meeting with score and agreement rows in Tasklist")
    void focusMeetingInTasklist() {
        var casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Browser")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        var overleg = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust in huis", "deelnameClienten", "NEE"));
        fixture.planOverleg(overleg, false);
        Task vastleggen = fixture.task(overleg);

        login("procesregisseur1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(vastleggen.getId(), "Overlegdeel voeren en vastleggen");
        claim();
        WebElement form = camundaForm();
        field(form, "textarea", "Beeld: gedeelde topzorg").findElement(By.tagName("textarea")).sendKeys("Topzorg: escalatie bij overdracht");
        type(form, "Deelnemer 1", "Deelnemer", "politie");
        type(form, "Deelnemer 1", "Score", "3");
        type(form, "Deelnemer 2", "Deelnemer", "veiligthuis");
        type(form, "Deelnemer 2", "Score", "6");
        WebElement afspraak1 = group(form, "Afspraak 1");
        choose(afspraak1, "Soort afspraak", "Andere actie van professionals");
        choose(afspraak1, "Wie", "Veilig Thuis");
        input(afspraak1, "Wat").sendKeys("Veiligheidsplan opstellen");
        WebElement deadline = centred(afspraak1.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-datetime')]//input")));
        deadline.sendKeys(java.time.LocalDate.now().plusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        deadline.sendKeys(org.openqa.selenium.Keys.TAB);
        input(afspraak1, "Waarom").sendKeys("Afspraken over de overdracht ontbreken");
        complete();

        wait.until(d -> taskService.createTaskQuery().processInstanceId(overleg.getId())
                .taskDefinitionKey("UserTask_Terugkoppelen").count() == 1);
        long casusId = ((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(casus.getId())
                .variableName("casusId").singleResult().getValue()).longValue();
        assertThat(jdbc.sql("select deelnemer || ':' || score from schaalscore s join overleg o on o.id = s.overleg_id "
                        + "where o.casus_id = :c order by s.id").param("c", casusId).query(String.class).list())
                .containsExactly("politie:3", "veiligthuis:6");
        assertThat(jdbc.sql("select partner || ':' || wat from afspraak where casus_id = :c").param("c", casusId)
                .query(String.class).list()).containsExactly("veiligthuis:Veiligheidsplan opstellen");
    }

    @Test
    @DisplayName("what people typed is shown as plain text in a Tasklist form: no HTML, no Markdown, and it is not submitted again")
    void typedTextIsShownAsText() {
        var casus = fixture.meldAan(Fixture.aanmelding(true, 6, 4, false, Fixture.uniek("Browser")));
        String reden = "<img src=x onerror=\"document.title='xss'\"> <b>vet</b> [klik hier](https://example.invalid) **sterk**";
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "NIET_OPPAKKEN", "verwijzing", "VEILIG_THUIS",
                "triageReden", reden));
        Task terugkoppelen = taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey("UserTask_TerugkoppelenTriage").singleResult();
        assertThat(terugkoppelen).as("feedback task of a case not taken up").isNotNull();
        // Whether or not the engine keeps the reason once it is stored, a form that shows it must show it as text.
        runtimeService.setVariable(casus.getId(), "triageReden", reden);
        long verwijzingWrites = writes(casus.getId(), "verwijzing");

        login("procesregisseur1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(terugkoppelen.getId(), "Cliënten terugkoppeling geven");
        claim();
        WebElement form = camundaForm();
        assertThat(shownText(form, "textarea", "Reden van het weegoverleg")).as("the reason, literally").isEqualTo(reden);
        assertThat(shownChoice(form, "Verwezen naar")).isEqualTo("Veilig Thuis");
        // (form-js's own "Powered by bpmn.io" link aside)
        assertThat(form.findElements(By.cssSelector("img, b, strong, a:not(.fjs-powered-by-link)")))
                .extracting(e -> e.getDomProperty("outerHTML")).as("elements made from what was typed").isEmpty();
        assertThat(driver.getTitle()).doesNotContain("xss");

        centred(radio(field(form, "radio", "Hoe teruggekoppeld?"), "In een gesprek")).click();
        field(form, "textarea", "Wat is er aan de cliënten verteld?").findElement(By.tagName("textarea"))
                .sendKeys("Uitgelegd waarom Veilig Thuis de casus oppakt.");
        complete();

        wait.until(d -> historyService.createHistoricTaskInstanceQuery().taskId(terugkoppelen.getId()).finished().count() == 1);
        assertThat(writes(casus.getId(), "verwijzing")).as("values shown read-only are not submitted again")
                .isEqualTo(verwijzingWrites);
    }

    @Test
    @DisplayName("the police reports a broken bodemeis in Tasklist; it is a new incident on the case, and the chair proposes an earlier meeting there and reads it in the case file")
    void brokenBodemeisInTasklist() throws java.io.IOException {
        String nummer = fixture.naEersteOverleg(Fixture.uniek("Browser"), "casusregisseur1", Fixture.bodemeisverslag("politie",
                java.time.LocalDate.now().plusDays(14), java.time.LocalDate.now().plusDays(28))).getBusinessKey();
        Task bewaken = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("UserTask_BodemeisBewaken").singleResult();

        login("politie1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(bewaken.getId(), "Bodemeis bewaken");
        claim();
        WebElement form = camundaForm();
        assertThat(form.findElement(By.tagName("h1")).getText()).isEqualTo("Bodemeis bewaken");
        assertThat(shownText(form, "textfield", "Casus")).isEqualTo(nummer);
        assertThat(shownText(form, "textarea", "Bodemeis: wat moet minstens gelden")).isEqualTo("Sam komt niet in de buurt van de school");
        assertThat(shownText(form, "textarea", "Wat het overleg afsprak voor als de bodemeis geschonden wordt"))
                .isEqualTo("Meteen een vervroegd overleg; de politie licht de school in");
        WebElement uitkomst = field(form, "radio", "Bodemeis");
        assertThat(uitkomst.findElements(By.xpath("./label[input[@type='radio']]"))).extracting(WebElement::getText)
                .containsExactly("Nageleefd tot de deadline", "Geschonden");
        centred(radio(uitkomst, "Geschonden")).click();
        field(form, "textarea", "Wat is er gebeurd?").findElement(By.tagName("textarea")).sendKeys("Sam stond bij het hek van de school");
        complete();

        Task vervroegen = wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("UserTask_IncidentOverlegVervroegen").singleResult());
        browser.close();

        restartChromium();
        login("procesregisseur1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(vervroegen.getId(), "Nieuw incident: overleg vervroegen");
        claim();
        form = camundaForm();
        assertThat(form.findElement(By.tagName("h1")).getText()).isEqualTo("Nieuw incident: overleg vervroegen");
        assertThat(shownText(form, "textfield", "Bron")).isEqualTo("Bodemeis geschonden");
        assertThat(shownText(form, "textfield", "Gemeld door en wanneer")).startsWith("Pieter Visser (Politie), ");
        assertThat(shownText(form, "textarea", "Wat er gebeurd is")).contains("Sam komt niet in de buurt van de school",
                "bewaakt door Politie", "Sam stond bij het hek van de school");
        assertThat(form.getText()).as("no round is running: no empty box for it").doesNotContain("Lopend focusoverleg");
        java.time.LocalDate vervroegd = java.time.LocalDate.now().plusDays(3);
        WebElement datum = centred(form.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-datetime')]//input")));
        datum.sendKeys(vervroegd.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        datum.sendKeys(org.openqa.selenium.Keys.TAB);
        complete();

        wait.until(d -> jdbc.sql("select vervroegd_overleg from incident i join casus c on c.id = i.casus_id where c.nummer = :n")
                .param("n", nummer).query(java.time.LocalDate.class).optional().filter(vervroegd::equals).isPresent());

        Task kennisnemen = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("UserTask_IncidentKennisnemen").taskCandidateGroup("veiligthuis").singleResult();
        browser.close();
        restartChromium();
        login("veiligthuis1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(kennisnemen.getId(), "Nieuw incident: kennisnemen");
        browser.openTab("Dossier");
        String dossier = browser.dossierText();
        assertThat(dossier).contains("Incidenten", "Bodemeis geschonden", "Pieter Visser (Politie)",
                "Wat er gebeurd is: Sam stond bij het hek van de school",
                "Overleg vervroegd naar " + nl.casusregie.platform.Woorden.datum(vervroegd));
        browser.screenshot("incident-dossier");
    }

    /** How often a variable of the instance was written, as the engine's history records it. */
    private long writes(String processInstanceId, String variable) {
        return historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list().stream()
                .filter(detail -> detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update
                        && variable.equals(update.getVariableName()))
                .count();
    }
}
