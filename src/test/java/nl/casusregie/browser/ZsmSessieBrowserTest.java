package nl.casusregie.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.casusregie.Fixture;
import nl.casusregie.zsm.ZsmFixture;
import nl.casusregie.zsm.ZsmVerdieping;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ZSM deepening session worked in the real Tasklist: Veilig Thuis contributes with its form, then
 * the officer (om1) chairs the session with hers, sees the case and the contribution in words, and
 * decides a dismissal with a personal letter. Screenshots in target/browser/.
 */
class ZsmSessieBrowserTest extends BrowserTest {

    /** Codes as stored, and what a broken page shows. */
    private static final Pattern RAW = Pattern.compile(
            "\\b(WETTELIJKE_TAAK|MOGELIJKE_PLEGER|KIND|SEPOT_MET_BRIEF|veiligthuis|rvdk|politie|null|undefined|NaN|Invalid Date)\\b");

    @Autowired ZsmFixture zsm;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;

    private Task taak(ProcessInstance zaak, String element, String groep) {
        return taskService.createTaskQuery().processInstanceId(zaak.getId()).taskDefinitionKey(element)
                .taskCandidateGroup(groep).singleResult();
    }

    @Test
    @DisplayName("Veilig Thuis contributes, then om1 chairs the session in Tasklist: sees the case and the contribution in Dutch, decides, and a letter is made")
    void partnerDraagtBijOfficierBesluit() throws java.io.IOException {
        String achternaam = Fixture.uniek("Zsmsessie");
        ProcessInstance zaak = zsm.ingebracht(achternaam);
        String nummer = zaak.getBusinessKey();

        // Veilig Thuis brings in what it knows before the session
        Task bijdrage = taak(zaak, ZsmVerdieping.Element.INFORMATIE_AANLEVEREN, "veiligthuis");
        login("veiligthuis1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(bijdrage.getId(), "Informatie aanleveren voor het verdiepingsoverleg");
        claim();
        WebElement form = camundaForm();
        assertThat(form.findElement(By.tagName("h1")).getText()).isEqualTo("Informatie aanleveren voor het verdiepingsoverleg");
        assertThat(shownText(form, "textarea", "De zaak")).contains(nummer, "ingebracht door Politie", "Sam " + achternaam,
                "mogelijke pleger", "Waarom buikpijn: Vader slaat");
        centred(radio(field(form, "radio", "Grond om te delen"), "Wettelijke taak")).click();
        centred(field(form, "textarea", "Wat laten systemen en gesprekken zien?").findElement(By.tagName("textarea")))
                .sendKeys("Twee eerdere meldingen bij Veilig Thuis; moeder zoekt hulp");
        browser.screenshot("zsm-1-veiligthuis-bijdrage");
        complete();
        wait.until(d -> jdbc.sql("select count(*) from zsm_bijdrage b join zsm_zaak z on z.id = b.zaak_id"
                + " where z.nummer = :n and b.partner = 'veiligthuis'").param("n", nummer).query(Long.class).single() == 1);
        browser.close();

        // the session begins (its timer, run as the job executor would) and the officer chairs it
        managementService.executeJob(managementService.createJobQuery().processInstanceId(zaak.getId())
                .activityId(ZsmVerdieping.Element.SESSIE_BEGINT).singleResult().getId());
        Task sessie = taak(zaak, ZsmVerdieping.Element.VERDIEPINGSOVERLEG, "om");
        restartChromium();
        login("om1");
        openFilter("Taken van mijn groepen");
        openTaskFromList(sessie.getId(), "Verdiepingsoverleg voeren");
        claim();
        WebElement sessieForm = camundaForm();
        assertThat(sessieForm.findElement(By.tagName("h1")).getText()).isEqualTo("Verdiepingsoverleg voeren");
        assertThat(shownText(sessieForm, "textarea", "De zaak")).contains(nummer, "Lina " + achternaam, "kind");
        String bijdragen = shownText(sessieForm, "textarea", "Aangeleverde informatie");
        assertThat(bijdragen).contains("Veilig Thuis (wettelijke taak): Twee eerdere meldingen bij Veilig Thuis")
                .contains("Niet aangeleverd: Politie");
        assertThat(shownText(sessieForm, "textarea", "Eerder op de agenda")).contains("eerste keer op de agenda");
        assertThat(sessieForm.getText()).contains("Regiehouder", "Gezamenlijke duiding", "Zorgen blijven bij", "Besluit van de officier",
                "Raad voor de Kinderbescherming", "Sepot met persoonlijke brief")
                .doesNotContain("Duur van de proeftijd", "Brief aan");
        assertThat(RAW.matcher(sessieForm.getText()).results().map(m -> m.group())).as("raw codes on the form").isEmpty();

        choose(sessieForm, "Regiehouder", "Raad voor de Kinderbescherming");
        centred(field(sessieForm, "textarea", "Gezamenlijke duiding").findElement(By.tagName("textarea")))
                .sendKeys("Vader erkent het geweld; hulp is gestart, de partners hebben geen zorgen meer");
        centred(radio(field(sessieForm, "radio", "Besluit van de officier"), "Sepot met persoonlijke brief")).click();
        WebElement aan = wait.until(d -> input(sessieForm, "Brief aan"));
        aan.sendKeys("Lina " + achternaam);
        centred(field(sessieForm, "textarea", "Tekst van de persoonlijke brief").findElement(By.tagName("textarea")))
                .sendKeys("Beste Lina, je vader wordt niet vervolgd. Hij krijgt hulp.");
        assertThat(sessieForm.getText()).doesNotContain("Duur van de proeftijd");
        browser.screenshot("zsm-2-officier-besluit");
        complete();

        wait.until(d -> "BESLOTEN".equals(jdbc.sql("select status from zsm_zaak where nummer = :n").param("n", nummer)
                .query(String.class).single()));
        assertThat(jdbc.sql("select b.aan from zsm_brief b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n")
                .param("n", nummer).query(String.class).single()).isEqualTo("Lina " + achternaam);
        assertThat(jdbc.sql("select regiehouder from zsm_bespreking b join zsm_zaak z on z.id = b.zaak_id where z.nummer = :n")
                .param("n", nummer).query(String.class).single()).isEqualTo("rvdk");
    }
}
