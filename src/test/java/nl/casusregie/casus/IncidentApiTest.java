package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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

/** POST /api/casussen/{nummer}/incidenten: a partner taking part in a case reports a new incident on it. */
@CasusregieTest
class IncidentApiTest {

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired CasusRepository casussen;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;

    /** A case referred by the police, its first meeting (Veilig Thuis invited) held with casusregisseur1 directing it. */
    private String lopendeCasus() {
        return fixture.naEersteOverleg(Fixture.uniek("Api"), "casusregisseur1", "Veiligheid eerst").getBusinessKey();
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> meld(String user, String nummer, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity("/api/casussen/{n}/incidenten", new HttpEntity<>(json, headers),
                Map.class, nummer);
    }

    private List<Map<String, Object>> incidenten(String nummer) {
        return jdbc.sql("select i.* from incident i join casus c on c.id = i.casus_id where c.nummer = :n order by i.id")
                .param("n", nummer).query().listOfRows();
    }

    private long takenVoorzitter(String nummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.INCIDENT_OVERLEG_VERVROEGEN).count();
    }

    @Test
    @DisplayName("the referrer's group reports: 201, stored as its report, the chair's task, notices for the others taking part, audited")
    void partnerTakingPartReports() {
        String nummer = lopendeCasus();

        ResponseEntity<Map> antwoord = meld("politie1", nummer, """
                {"omschrijving": "Melding huiselijk geweld vannacht, moeder met letsel naar de huisarts", "sleutel": "BVH-2026-0001"}""");

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(antwoord.getHeaders().getLocation()).hasToString("/api/casussen/" + nummer + "/dossier");
        assertThat(antwoord.getBody()).containsEntry("casusnummer", nummer).containsEntry("status", "NIEUW");
        assertThat(incidenten(nummer)).singleElement().satisfies(i -> assertThat(i).containsEntry("BRON", "POLITIE")
                .containsEntry("GEMELD_DOOR", "politie1").containsEntry("GEMELD_DOOR_GROEP", "politie")
                .containsEntry("SLEUTEL", "BVH-2026-0001"));
        assertThat(takenVoorzitter(nummer)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.INCIDENT_KENNISNEMEN).list())
                .as("not for the police, who reported it").extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactly("veiligthuis");
        assertThat(jdbc.sql("select count(*) from audit_log a join casus c on c.id = a.casus_id where c.nummer = :n"
                + " and a.actie = 'INCIDENT_GEMELD' and a.gebruiker = 'politie1'").param("n", nummer).query(Integer.class).single())
                .as("who reported it, audited").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from besluit b join casus c on c.id = b.casus_id where c.nummer = :n"
                + " and b.soort = 'INCIDENT'").param("n", nummer).query(Integer.class).single())
                .as("in phase 1 already: no step back").isZero();
    }

    @Test
    @DisplayName("the same key twice answers 200 'already known'; without a key every report is new")
    void keys() {
        String nummer = lopendeCasus();
        String melding = """
                {"omschrijving": "Buren hoorden geschreeuw", "sleutel": "VT-88"}""";

        assertThat(meld("veiligthuis1", nummer, melding).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> tweede = meld("veiligthuis1", nummer, melding);
        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tweede.getBody()).containsEntry("status", "AL_BEKEND");
        assertThat(incidenten(nummer)).hasSize(1);

        for (int i = 0; i < 2; i++) {
            assertThat(meld("veiligthuis1", nummer, "{\"omschrijving\": \"Weer geschreeuw\"}").getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        assertThat(incidenten(nummer)).hasSize(3);
        assertThat(takenVoorzitter(nummer)).isEqualTo(3);
    }

    @Test
    @DisplayName("the chair and the case's own director report too; the director's report tells every partner")
    void chairAndCaseDirector() {
        String nummer = lopendeCasus();

        assertThat(meld("procesregisseur1", nummer, "{\"omschrijving\": \"Telefoon van de school\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(meld("casusregisseur1", nummer, "{\"omschrijving\": \"Moeder belde\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(meld("casusregisseur2", nummer, "{\"omschrijving\": \"Niet mijn casus\"}").getStatusCode())
                .as("not every case director").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(incidenten(nummer)).extracting(i -> i.get("BRON")).containsExactly("PROCESREGISSEUR", "CASUSREGISSEUR");
    }

    @Test
    @DisplayName("bad input is refused in Dutch per field; nothing is stored")
    void badInput() {
        String nummer = lopendeCasus();

        ResponseEntity<Map> leeg = meld("politie1", nummer, "{\"sleutel\": \"" + "x".repeat(201) + "\"}");
        assertThat(leeg.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) leeg.getBody().get("fouten"))
                .containsEntry("omschrijving", "Omschrijving: beschrijf wat er gebeurd is: wat, wanneer en wie het zag")
                .containsEntry("sleutel", "Sleutel: is langer dan 200 tekens");
        assertThat(meld("politie1", nummer, "{\"omschrijving\": \"Iets\", \"bron\": \"BODEMEIS\"}").getStatusCode())
                .as("the source is who reports, not what the request says").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(meld("politie1", nummer, "{\"omschrijving\": 12}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incidenten(nummer)).isEmpty();
        assertThat(takenVoorzitter(nummer)).isZero();
    }

    @Test
    @DisplayName("a partner not taking part and a supervisor get 403, another house and an unknown number 404; nothing is stored")
    void whoMayNot() {
        String nummer = lopendeCasus();
        String melding = "{\"omschrijving\": \"Zomaar\"}";

        ResponseEntity<Map> ggz = meld("ggz1", nummer, melding);
        assertThat(ggz.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ggz.getBody().get("detail")).isEqualTo("Alleen de procesregisseur, de casusregisseur van deze casus en"
                + " partners die aan de casus deelnemen kunnen er een incident bij melden.");
        assertThat(meld("supervisor1", nummer, melding).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(meld("politie1", "ZVH-1999-999999", melding).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/api/casussen/{n}/incidenten", null, String.class, nummer).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(incidenten(nummer)).isEmpty();
    }

    @Test
    @DisplayName("a case at triage takes the incident (201, it weighs in the triage); one that does not run answers 409: refer the household")
    void noRunningCase() {
        ProcessInstance triage = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Triage")));
        ResponseEntity<Map> bijTriage = meld("politie1", triage.getBusinessKey(), "{\"omschrijving\": \"Nieuwe melding\"}");
        assertThat(bijTriage.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(bijTriage.getBody()).containsEntry("status", "IN_TRIAGE");
        assertThat(incidenten(triage.getBusinessKey())).hasSize(1);

        fixture.complete("procesregisseur1", triage, Map.of("aanpak", "NIET_OPPAKKEN", "verwijzing", "JEUGDBESCHERMINGSTAFEL",
                "triageReden", "Eerst onderzoek"));
        ResponseEntity<Map> antwoord = meld("politie1", triage.getBusinessKey(), "{\"omschrijving\": \"Nog een melding\"}");

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) antwoord.getBody().get("detail"))
                .startsWith("Casus " + triage.getBusinessKey() + " loopt niet (niet opgepakt, verwezen): een nieuw incident"
                        + " kan alleen bij een lopende casus. Meld het huishouden aan (POST /api/aanmeldingen");
        assertThat(incidenten(triage.getBusinessKey())).hasSize(1);
    }

    @Test
    @DisplayName("the endpoint is described in the OpenAPI document")
    void openApi() {
        String api = http.getForObject("/api-docs", String.class);
        assertThat(api).contains("/api/casussen/{nummer}/incidenten", "Nieuw incident melden", "IncidentRequest");
    }
}
