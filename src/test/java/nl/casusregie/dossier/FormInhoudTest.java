package nl.casusregie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.overleg.AfspraakOpvolging;
import nl.casusregie.overleg.Focusoverleg;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the forms show of the case file, as Tasklist loads them: the engine's form-variables
 * answer over /engine-rest, as the user who works the task. The texts come from the project's
 * tables at each load and are never process variables.
 */
@CasusregieTest
class FormInhoudTest {

    private static final String VANDAAG = Woorden.datum(LocalDate.now());
    /** Written only in an OM segment: no form of a reader other than om or procesregisseur may show it. */
    private static final String OM_MARKER = "OMFORMGEHEIM";

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired RuntimeService runtimeService;
    @Autowired ObjectMapper objectMapper;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired CasusRepository casussen;

    /** A referral over /api as politie1, of the household with that surname (Sam's birth date makes it one household). */
    private ProcessInstance meldAan(String achternaam) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = http.withBasicAuth("politie1", "demo").postForEntity("/api/aanmeldingen",
                new HttpEntity<>("""
                        {"leden": [{"naam": "Sam %1$s", "geboortedatum": "1980-05-01", "rol": "MOGELIJKE_PLEGER"},
                                   {"naam": "Noor %1$s", "leeftijd": 41, "rol": "SLACHTOFFER"},
                                   {"naam": "Liam %1$s", "rol": "KIND"}],
                         "geweldsvormen": ["FYSIEK", "GETUIGE_VAN_GEWELD"], "geweldHoofdreden": true, "patroonJaren": 4,
                         "leefgebieden": ["FINANCIEN", "HUISVESTING", "VERSLAVING"],
                         "strafrechtelijkeMaatregelen": ["CONTACTVERBOD"],
                         "analyse": "Herhaald geweld na de scheiding", "visieClienten": "Moeder wil rust",
                         "clientenGeinformeerd": true}""".formatted(achternaam), headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) response.getBody().get("casusnummer")).singleResult();
    }

    private JsonNode formVariables(String user, Task task) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task/{id}/form-variables", String.class, task.getId());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            return objectMapper.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode variables, String name) {
        return variables.path(name).path("value").asText(null);
    }

    /** The case's row closed into aftercare (the zvh-casus path to there is ZvhCasusProcessTest's). */
    private void inNazorg(ProcessInstance casus) {
        casussen.close(casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow().id());
    }

    private void takeUp(ProcessInstance casus, String aanpak) {
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", aanpak, "triageReden", "Jaren van geweld, kinderen zien het"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
    }

    @Test
    @DisplayName("triage shows the referral in words, and says plainly that the household's earlier case is still in aftercare")
    void triageShowsReferralAndCaseInAftercare() {
        String achternaam = Fixture.uniek("Triage");
        // While the first case runs, a new referral is an incident on it (AanmeldingAlsIncidentTest); once it is
        // closed, in aftercare, the household gets a second case that triage weighs beside the first.
        ProcessInstance eerste = meldAan(achternaam);
        takeUp(eerste, "MDA++");
        inNazorg(eerste);
        ProcessInstance tweede = meldAan(achternaam);

        JsonNode form = formVariables("procesregisseur1", fixture.task(tweede));

        assertThat(text(form, "lopendeCasus")).isEqualTo(
                "Let op: casus %s van dit huishouden is afgesloten op %s en nog in nazorg.".formatted(eerste.getBusinessKey(), VANDAAG));
        assertThat(text(form, "aangemeldDoor")).startsWith("Politie, op " + VANDAAG + ".")
                .contains("De cliënten weten van de aanmelding: ja");
        assertThat(text(form, "huishoudenLeden")).contains("Mogelijke pleger, ", " jaar", "Slachtoffer, 41 jaar",
                "Kind, leeftijd onbekend").doesNotContain(achternaam);
        assertThat(text(form, "vormenVanGeweld")).isEqualTo("Lichamelijk geweld en Getuige van geweld");
        assertThat(text(form, "leefgebiedenMetProblemen")).isEqualTo("Financiën, Huisvesting en Verslaving");
        assertThat(text(form, "lopendeMaatregelen")).isEqualTo("Strafrechtelijk: Contactverbod");
        assertThat(text(form, "analyse")).isEqualTo("Herhaald geweld na de scheiding");
        assertThat(text(form, "risicofactoren")).isEqualTo("(niet ingevuld)");
        assertThat(text(form, "eerdereCasussen")).as("the engine's codes, shown in words")
                .isEqualTo("%s (MDA++, aangemeld op %s)".formatted(eerste.getBusinessKey(), VANDAAG));
        assertThat(text(form, "eerdereCasussenOverzicht")).isEqualTo("""
                %s, aangemeld op %s
                Aanpak: MDA++
                Afloop: afgesloten op %s, nazorg loopt""".formatted(eerste.getBusinessKey(), VANDAAG, VANDAAG));
        JsonNode nieuw = formVariables("procesregisseur1", fixture.task(meldAan(Fixture.uniek("Nieuw"))));
        assertThat(text(nieuw, "eerdereCasussen")).isEqualTo("geen");
        assertThat(text(nieuw, "eerdereCasussenOverzicht")).as("empty, so the form hides it").isEmpty();
        assertThat(text(nieuw, "lopendeCasus")).isEmpty();
        assertThat(runtimeService.getVariables(tweede.getId())).as("shown, never held by the engine")
                .doesNotContainKeys("lopendeCasus", "huishoudenLeden", "vormenVanGeweld", "analyse", "eerdereCasussenOverzicht");
    }

    @Test
    @DisplayName("triage shows an earlier case that was referred elsewhere, in words, and no warning when nothing runs")
    void triageShowsReferredEarlierCase() {
        String achternaam = Fixture.uniek("Verwezen");
        ProcessInstance eerste = meldAan(achternaam);
        fixture.complete("procesregisseur1", eerste, Map.of("aanpak", "NIET_OPPAKKEN", "verwijzing", "JEUGDBESCHERMINGSTAFEL",
                "triageReden", "Eerst onderzoek"));
        fixture.complete("politie1", eerste, Map.of("terugkoppelingWijze", "GESPREK", "terugkoppelingTekst", "Uitgelegd"));
        ProcessInstance tweede = meldAan(achternaam);

        JsonNode form = formVariables("procesregisseur1", fixture.task(tweede));

        assertThat(text(form, "lopendeCasus")).as("nothing runs: empty, so the form hides it").isEmpty();
        assertThat(text(form, "eerdereCasussen")).isEqualTo("%s (Niet opgepakt, aangemeld op %s)"
                .formatted(eerste.getBusinessKey(), VANDAAG));
        assertThat(text(form, "eerdereCasussenOverzicht")).isEqualTo("""
                %s, aangemeld op %s
                Uitkomst: Niet opgepakt: verwezen naar Jeugdbeschermingstafel""".formatted(eerste.getBusinessKey(), VANDAAG));
    }

    @Test
    @DisplayName("the referrer's group reads the outcome in words, whether the household was known, and the reason")
    void referrerReadsOutcome() {
        String achternaam = Fixture.uniek("Uitkomst");
        ProcessInstance nieuw = meldAan(achternaam);
        takeUp(nieuw, "REGULIER");
        inNazorg(nieuw);
        ProcessInstance bekend = meldAan(achternaam);
        takeUp(bekend, "MDA++");

        JsonNode nieuwForm = formVariables("politie1", fixture.task(nieuw, ZvhCasus.Element.UITKOMST_BEKIJKEN));
        assertThat(text(nieuwForm, "casusnummer")).isEqualTo(nieuw.getBusinessKey());
        assertThat(text(nieuwForm, "huishoudenBekend")).startsWith("Nee");
        assertThat(text(nieuwForm, "triageUitkomst")).isEqualTo("Reguliere aanpak");
        assertThat(text(nieuwForm, "triageReden")).isEqualTo("Jaren van geweld, kinderen zien het");
        JsonNode bekendForm = formVariables("politie1", fixture.task(bekend, ZvhCasus.Element.UITKOMST_BEKIJKEN));
        assertThat(text(bekendForm, "huishoudenBekend")).startsWith("Ja");
        assertThat(text(bekendForm, "triageUitkomst")).isEqualTo("MDA++");
        assertThat(text(bekendForm, "huishoudenBekend") + text(bekendForm, "triageUitkomst"))
                .as("the notice's own fields name none of the household's other cases").doesNotContain(nieuw.getBusinessKey());
    }

    @Test
    @DisplayName("the chair sees the previous round's scores and the open agreements; the debrief shows this round's agreements")
    void meetingFormsShowScoresAndAgreements() {
        ProcessInstance casus = meldAan(Fixture.uniek("Overleg"));
        takeUp(casus, "MDA++");
        ProcessInstance eerste = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", eerste, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
        fixture.planOverleg(eerste, false);
        JsonNode eersteVoorzitter = formVariables("procesregisseur1", fixture.task(eerste));
        assertThat(text(eersteVoorzitter, "vorigeScores")).isEqualTo("Dit is het eerste focusoverleg van deze casus.");
        assertThat(text(eersteVoorzitter, "openAfspraken")).isEqualTo("Er staan geen afspraken open.");
        fixture.legOverlegVast(eerste, Fixture.overlegverslag(true, "Zonder plan geen veilige overdracht", 3, 6));

        String afspraak = """
                - Veilig Thuis: Veiligheidsplan opstellen
                  Uiterlijk %s
                  Waarom: Zonder plan geen veilige overdracht""".formatted(Woorden.datum(LocalDate.now().plusDays(14)));
        assertThat(fixture.task(eerste).getTaskDefinitionKey()).isEqualTo(Focusoverleg.Element.NABESPREKEN);
        assertThat(text(formVariables("casusregisseur1", fixture.task(eerste)), "afsprakenRonde")).isEqualTo(afspraak);
        fixture.koppelTerug(eerste, "casusregisseur1", "Besproken");
        fixture.complete("procesregisseur1", casus, Map.of("overgang", runtimeService.getVariable(casus.getId(), "adviesOvergang")));

        ProcessInstance tweede = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", tweede, Map.of("wensenClienten", "Rust", "deelnameClienten", "NEE"));
        fixture.planOverleg(tweede, false);
        JsonNode voorzitter = formVariables("procesregisseur1", fixture.task(tweede));
        assertThat(text(voorzitter, "vorigeScores")).isEqualTo("""
                Overleg 1 (fase 1), %s: gemiddeld 4,5, spreiding 3.
                - partner 0: 3 (grond)
                - partner 1: 6 (grond)""".formatted(VANDAAG));
        assertThat(text(voorzitter, "openAfspraken")).isEqualTo(afspraak);
    }

    @Test
    @DisplayName("after a split meeting the debrief shows no agreement of the OM segment; the chair sees the OM's open "
            + "agreements and scores only while recording an OM segment; an overdue OM agreement shows the case director no content")
    void omSegmentOnlyOnTheFormsOfItsReaders() {
        ProcessInstance casus = meldAan(Fixture.uniek("OmFormulier"));
        takeUp(casus, "MDA++");
        ProcessInstance eerste = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", eerste, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
        fixture.houdGesplitstOverleg(eerste, OM_MARKER);

        assertThat(fixture.task(eerste).getTaskDefinitionKey()).isEqualTo(Focusoverleg.Element.NABESPREKEN);
        String uiterlijk = Woorden.datum(LocalDate.now().plusDays(14));
        assertThat(text(formVariables("casusregisseur1", fixture.task(eerste)), "afsprakenRonde")).isEqualTo("""
                - Veilig Thuis: Veiligheidsplan opstellen
                  Uiterlijk %1$s
                  Waarom: Veiligheid eerst
                - De cliënten zelf: Samen naar de opvoedcursus
                  Uiterlijk %1$s
                  Waarom: Rust in huis
                - Bodemeis, bewaakt door Politie: Sam komt niet in de buurt van de school
                  Uiterlijk %1$s
                  Waarom: Veiligheid van de kinderen""".formatted(uiterlijk));
        fixture.koppelTerug(eerste, "casusregisseur1", "Besproken");
        fixture.complete("procesregisseur1", casus, Map.of("overgang", runtimeService.getVariable(casus.getId(), "adviesOvergang")));

        ProcessInstance tweede = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", tweede, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
        fixture.planOverleg(tweede, true, "om", "veiligthuis");
        JsonNode omDeel = formVariables("procesregisseur1", fixture.task(tweede, Focusoverleg.Element.VASTLEGGEN));
        assertThat(text(omDeel, "segmentNaam")).isEqualTo("OM-deel, zonder cliënten");
        assertThat(text(omDeel, "openAfspraken")).contains("- Openbaar Ministerie: " + OM_MARKER + " dagvaarding voorbereiden",
                "- Bodemeis, bewaakt door Politie: " + OM_MARKER + " contactverbod handhaven", "Veiligheidsplan opstellen");
        assertThat(text(omDeel, "vorigeScores")).contains("gemiddeld 5,7, spreiding 4", "- Officier: 8 (" + OM_MARKER + " grond)");
        assertThat(text(omDeel, "bijdragen")).contains("Openbaar Ministerie (Wettelijke taak): Actuele informatie van Openbaar Ministerie");
        fixture.complete("procesregisseur1", fixture.task(tweede, Focusoverleg.Element.VASTLEGGEN),
                Fixture.overlegverslag(false, "Vervolging", 6));

        JsonNode clientendeel = formVariables("procesregisseur1", fixture.task(tweede, Focusoverleg.Element.VASTLEGGEN));
        assertThat(text(clientendeel, "segmentNaam")).isEqualTo("Cliëntendeel, zonder OM");
        assertThat(text(clientendeel, "openAfspraken")).contains("Veiligheidsplan opstellen", "Sam komt niet in de buurt")
                .doesNotContain(OM_MARKER, "Openbaar Ministerie");
        assertThat(text(clientendeel, "vorigeScores")).contains("gemiddeld 4,5, spreiding 1", "- Veilig Thuis: 4 (Plan werkt)")
                .doesNotContain(OM_MARKER, "Officier");
        assertThat(text(clientendeel, "bijdragen")).contains("Openbaar Ministerie: besproken in het OM-deel.",
                "Veilig Thuis (Wettelijke taak): Actuele informatie van Veilig Thuis").doesNotContain("Actuele informatie van Openbaar");

        String opvolging = jdbc.sql("""
                select a.proces_instantie_id from afspraak a join casus c on c.id = a.casus_id
                where c.nummer = :nummer and a.wat = :wat""")
                .param("nummer", casus.getBusinessKey()).param("wat", OM_MARKER + " dagvaarding voorbereiden")
                .query(String.class).single();
        Task uitvoeren = taskService.createTaskQuery().processInstanceId(opvolging)
                .taskDefinitionKey(AfspraakOpvolging.Element.UITVOEREN).singleResult();
        assertThat(text(formVariables("om1", uitvoeren), "afspraakWat")).as("the owner reads what it has to do")
                .isEqualTo(OM_MARKER + " dagvaarding voorbereiden");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(opvolging)
                .activityId("BoundaryEvent_DeadlineVerstreken").singleResult().getId());
        JsonNode verlopen = formVariables("casusregisseur1", taskService.createTaskQuery().processInstanceId(opvolging)
                .taskDefinitionKey(AfspraakOpvolging.Element.NAGAAN_CASUSREGISSEUR).singleResult());
        assertThat(text(verlopen, "afspraakWat")).startsWith("Deze afspraak is gemaakt in het OM-deel van het overleg.")
                .doesNotContain(OM_MARKER);
        assertThat(text(verlopen, "afspraakWaarom")).isEmpty();
        assertThat(text(verlopen, "afspraakEigenaar")).isEqualTo("Openbaar Ministerie");
        assertThat(text(verlopen, "afspraakDeadline")).isEqualTo(uiterlijk);
    }
}
