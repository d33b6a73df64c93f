package nl.casusregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.ZvhCasus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * A referral that names a member of a household whose case runs (same name and birth date) becomes
 * a new incident on that case: no second case, no second zvh-casus instance, no second triage.
 */
@CasusregieTest
class AanmeldingAlsIncidentTest {

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired CasusRepository casusRepository;

    /** A household with a running case: Sam (born 1 May 1980) and Noor, referred by the police. */
    private ProcessInstance lopendeCasus(String achternaam) {
        return fixture.naEersteOverleg(achternaam, "casusregisseur1", "Veiligheid eerst");
    }

    private long huishouden(String nummer) {
        return jdbc.sql("select huishouden_id from casus where nummer = :n").param("n", nummer).query(Long.class).single();
    }

    private long casussen(long huishouden) {
        return jdbc.sql("select count(*) from casus where huishouden_id = :h").param("h", huishouden).query(Long.class).single();
    }

    private List<Map<String, Object>> incidenten(String nummer) {
        return jdbc.sql("select i.* from incident i join casus c on c.id = i.casus_id where c.nummer = :n")
                .param("n", nummer).query().listOfRows();
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }

    private long zvhCasusInstanties() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ZvhCasus.PROCESS_KEY).count();
    }

    @Test
    @DisplayName("over the API: 200 naming the running case, 'toegevoegd als nieuw incident'; the new member joins the household; the referrer's group is told in the case and may read its file")
    void overTheApi() {
        String achternaam = Fixture.uniek("Lopend");
        String nummer = lopendeCasus(achternaam).getBusinessKey();
        long huishouden = huishouden(nummer);
        long instanties = zvhCasusInstanties();

        ResponseEntity<Map> antwoord = post("ggz1", "/api/aanmeldingen", """
                {"leden": [{"naam": "sam %s", "geboortedatum": "1980-05-01", "rol": "MOGELIJKE_PLEGER"},
                           {"naam": "Nieuwe partner %s", "rol": "SLACHTOFFER"}],
                 "acuutGevaar": true, "geweldsvormen": ["STALKING"], "analyse": "Sam volgt zijn nieuwe partner"}"""
                .formatted(achternaam, achternaam));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody()).containsEntry("casusnummer", nummer).containsEntry("bekendHuishouden", true)
                .containsEntry("nieuwIncident", true);
        assertThat((String) antwoord.getBody().get("melding")).contains(nummer, "toegevoegd als nieuw incident",
                "geen tweede casus");
        assertThat(casussen(huishouden)).as("no second case").isEqualTo(1);
        assertThat(zvhCasusInstanties()).as("no second zvh-casus instance").isEqualTo(instanties);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.TRIAGE_BESLUITEN).count()).as("no second triage").isZero();
        assertThat(incidenten(nummer)).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("BRON", "AANMELDING").containsEntry("GEMELD_DOOR", "ggz1")
                    .containsEntry("GEMELD_DOOR_GROEP", "ggz");
            assertThat((String) i.get("OMSCHRIJVING")).contains("Nieuwe aanmelding door GGZ en forensische zorg",
                    "Acuut gevaar: ja", "Vormen van geweld: Stalking", "Analyse van de aanmelder: Sam volgt zijn nieuwe partner");
        });
        assertThat(jdbc.sql("select count(*) from huishoudlid where huishouden_id = :h").param("h", huishouden)
                .query(Long.class).single()).as("Sam, Noor and the new partner").isEqualTo(3);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.INCIDENT_KENNISNEMEN).taskCandidateGroup("ggz").count())
                .as("the referrer's group learns where its referral went").isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.INCIDENT_OVERLEG_VERVROEGEN).count()).isEqualTo(1);
        assertThat(http.withBasicAuth("ggz1", "demo").getForEntity("/api/casussen/" + nummer + "/dossier", String.class)
                .getStatusCode()).as("a group that reported an incident takes part").isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("with the Tasklist start form: the started instance ends at once at 'Toegevoegd aan lopende casus', without a case of its own; the incident goes to the running case")
    void withTheStartForm() {
        String achternaam = Fixture.uniek("Startformulier");
        String nummer = lopendeCasus(achternaam).getBusinessKey();
        long huishouden = huishouden(nummer);

        ResponseEntity<Map> antwoord = post("veiligthuis1", "/engine-rest/process-definition/key/zvh-casus/submit-form", """
                {"variables": {"lid1": {"type": "Json", "value": "{\\"naam\\":\\"Sam %s\\",\\"geboortedatum\\":\\"1980-05-01\\",\\"rol\\":\\"MOGELIJKE_PLEGER\\"}"},
                               "analyse": {"value": "Opnieuw een melding over Sam"}}}""".formatted(achternaam));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = (String) antwoord.getBody().get("id");
        HistoricProcessInstance gestart = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(gestart.getEndActivityId()).isEqualTo(ZvhCasus.Element.TOEGEVOEGD_AAN_LOPENDE_CASUS);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId(ZvhCasus.Element.TRIAGE_ADVIES).count()).as("no triage").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName(ZvhCasus.TOEGEVOEGD_AAN_CASUS.name()).singleResult().getValue()).isEqualTo(nummer);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(id).list())
                .as("the form's input never reached the engine's history")
                .extracting(v -> v.getName()).doesNotContain("lid1", "analyse");
        assertThat(jdbc.sql("select count(*) from casus where proces_instantie_id = :i").param("i", id).query(Long.class).single())
                .isZero();
        assertThat(casussen(huishouden)).isEqualTo(1);
        assertThat(incidenten(nummer)).singleElement().satisfies(i -> assertThat(i).containsEntry("BRON", "AANMELDING")
                .containsEntry("GEMELD_DOOR", "veiligthuis1"));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.INCIDENT_KENNISNEMEN).taskCandidateGroup("veiligthuis").count())
                .as("the referrer's group is told in the running case").isEqualTo(1);
    }

    @Test
    @DisplayName("a household at triage: the referral joins the one triage, no second case; in aftercare, or by a name without birth date, it gets a referral of its own")
    void onlyARunningCase() {
        String achternaam = Fixture.uniek("Triage");
        String wachtend = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam)).getBusinessKey();
        ResponseEntity<Map> bijTriage = post("veiligthuis1", "/api/aanmeldingen", """
                {"leden": [{"naam": "Sam %s", "geboortedatum": "1980-05-01", "rol": "MOGELIJKE_PLEGER"}]}""".formatted(achternaam));
        assertThat(bijTriage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bijTriage.getBody()).containsEntry("casusnummer", wachtend).containsEntry("nieuwIncident", true);
        assertThat((String) bijTriage.getBody().get("melding")).endsWith("de casus wacht nog op triage en uw aanmelding weegt"
                + " daarin mee.");
        assertThat(casussen(huishouden(wachtend))).isEqualTo(1);
        assertThat(incidenten(wachtend)).singleElement().satisfies(i -> assertThat(i).containsEntry("BRON", "AANMELDING"));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(wachtend)
                .taskDefinitionKey(ZvhCasus.Element.TRIAGE_BESLUITEN).count()).as("still the one triage").isEqualTo(1);

        String nazorg = Fixture.uniek("Nazorg");
        String gesloten = lopendeCasus(nazorg).getBusinessKey();
        casusRepository.close(casusRepository.findByNummer(Fixture.HUIS, gesloten).orElseThrow().id());
        ResponseEntity<Map> naAfsluiten = post("veiligthuis1", "/api/aanmeldingen", """
                {"leden": [{"naam": "Sam %s", "geboortedatum": "1980-05-01", "rol": "MOGELIJKE_PLEGER"}]}""".formatted(nazorg));
        assertThat(naAfsluiten.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(naAfsluiten.getBody()).containsOnlyKeys("casusnummer", "bekendHuishouden");
        assertThat(casussen(huishouden(gesloten))).as("a new case, which triage weighs beside the closed one").isEqualTo(2);

        String lopend = Fixture.uniek("Lopend");
        String nummer = lopendeCasus(lopend).getBusinessKey();
        ResponseEntity<Map> zonderDatum = post("veiligthuis1", "/api/aanmeldingen", """
                {"leden": [{"naam": "Sam %s", "rol": "MOGELIJKE_PLEGER"}]}""".formatted(lopend));
        assertThat(zonderDatum.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(zonderDatum.getBody().get("casusnummer")).isNotEqualTo(nummer);
        assertThat(incidenten(nummer)).isEmpty();
    }
}
