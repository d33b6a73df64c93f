package nl.casusregie.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The order in the case file and in Tasklist's lists: imposed, until when, the decision and by whom,
 * the help's outcomes; the municipality and Veilig Thuis take part in the case through it, supervisors
 * read it without names or reasons, and other partners not at all.
 */
@CasusregieTest
class HuisverbodDossierTest {

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDateTime opgelegdOp = LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES);
    private String achternaam;
    private String casusnummer;
    private ProcessInstance instantie;

    /** A referred household (by the police) gets an order; help for the barred person is recorded and the order extended. */
    @BeforeEach
    void huisverbodBijCasus() {
        achternaam = Fixture.uniek("Dossier");
        casusnummer = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam)).getBusinessKey();
        Map<String, Object> verzoek = new HashMap<>();
        verzoek.put("opgelegdOp", opgelegdOp.toString());
        verzoek.put("uithuisgeplaatste", Map.of("naam", "Sam " + achternaam, "geboortedatum", "1980-05-01"));
        verzoek.put("achterblijvers", List.of(Map.of("naam", "Noor " + achternaam)));
        verzoek.put("casusnummer", casusnummer);
        Number id = (Number) http.withBasicAuth("gemeente1", "demo").postForEntity("/api/huisverboden", verzoek, Map.class)
                .getBody().get("id");
        instantie = runtimeService.createProcessInstanceQuery()
                .processInstanceId(jdbc.sql("select proces_instantie_id from huisverbod where id = :id").param("id", id)
                        .query(String.class).single()).singleResult();
        fixture.complete("gemeente1", task(Huisverbod.Element.HULP_UITHUISGEPLAATSTE), Map.of("hulpUithuisgeplaatste", "HULP_GESTART",
                "hulpUithuisgeplaatsteToelichting", "Intake bij De Waag gepland"));
        fixture.complete("gemeente1", task(Huisverbod.Element.BESLUITEN), Map.of("verlengingsbesluit", "VERLENGEN",
                "verlengdTot", opgelegdOp.toLocalDate().plusDays(20).toString(), "verlengingsbesluitReden", "Dreiging blijft"));
    }

    private Task task(String element) {
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(element).singleResult();
    }

    private ResponseEntity<String> dossier(String user) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/casussen/" + casusnummer + "/dossier", String.class);
    }

    private JsonNode huisverbod(String user) throws Exception {
        ResponseEntity<String> antwoord = dossier(user);
        assertThat(antwoord.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        JsonNode huisverboden = json.readTree(antwoord.getBody()).path("huisverboden");
        assertThat(huisverboden).hasSize(1);
        return huisverboden.get(0);
    }

    @Test
    @DisplayName("the case file shows the order: imposed, until when, the extension with why and by whom, whom it concerns, the help's outcomes")
    void inTheCaseFile() throws Exception {
        JsonNode h = huisverbod("procesregisseur1");

        assertThat(h.path("opgelegdOp").asText()).startsWith(opgelegdOp.toString());
        assertThat(h.path("eindigtOp").asText()).startsWith(opgelegdOp.plusDays(20).toString());
        assertThat(h.path("status").asText()).isEqualTo("LOPEND");
        assertThat(h.path("opgelegdDoor").asText()).isEqualTo("gemeente1");
        assertThat(h.path("partner").asText()).isEqualTo("gemeente");
        assertThat(h.path("verlengingsbesluit").asText()).isEqualTo("VERLENGEN");
        assertThat(h.path("besluitReden").asText()).isEqualTo("Dreiging blijft");
        assertThat(h.path("besluitDoor").asText()).isEqualTo("gemeente1");
        assertThat(h.path("uithuisgeplaatste").path("naam").asText()).isEqualTo("Sam " + achternaam);
        assertThat(h.path("uithuisgeplaatste").path("geboortedatum").asText()).isEqualTo("1980-05-01");
        assertThat(h.path("achterblijvers").get(0).path("naam").asText()).isEqualTo("Noor " + achternaam);
        assertThat(h.path("hulp")).extracting(hulp -> hulp.path("voor").asText() + " " + hulp.path("partner").asText() + " "
                + hulp.path("uitkomst").asText("open") + " " + hulp.path("toelichting").asText(""))
                .containsExactly("UITHUISGEPLAATSTE gemeente HULP_GESTART Intake bij De Waag gepland", "ACHTERBLIJVERS veiligthuis open ");
        assertThat(json.readTree(dossier("procesregisseur1").getBody()).path("namen").path("gemeente1").asText())
                .as("who decided, by name").isNotBlank();
    }

    @Test
    @DisplayName("the municipality and Veilig Thuis read the file through the order, also from their tasks; a supervisor without names or reasons; other partners not at all")
    void whoReadsIt() throws Exception {
        assertThat(huisverbod("gemeente1").path("besluitReden").asText()).isEqualTo("Dreiging blijft");
        assertThat(huisverbod("veiligthuis1").path("uithuisgeplaatste").path("naam").asText()).isEqualTo("Sam " + achternaam);
        assertThat(http.withBasicAuth("veiligthuis1", "demo").getForEntity("/api/taken/" + task(Huisverbod.Element.HULP_ACHTERBLIJVERS)
                .getId() + "/dossier", String.class).getStatusCode()).as("Tasklist's Dossier tab").isEqualTo(HttpStatus.OK);

        JsonNode zonder = huisverbod("supervisor1");
        assertThat(zonder.path("verlengingsbesluit").asText()).isEqualTo("VERLENGEN");
        assertThat(zonder.path("besluitReden").isNull()).isTrue();
        assertThat(zonder.path("uithuisgeplaatste").isNull()).isTrue();
        assertThat(zonder.path("achterblijvers")).isEmpty();
        assertThat(zonder.path("hulp").get(0).path("uitkomst").asText()).isEqualTo("HULP_GESTART");
        assertThat(zonder.path("hulp").get(0).path("toelichting").isNull()).isTrue();
        assertThat(dossier("supervisor1").getBody()).doesNotContain(achternaam, "Dreiging blijft", "De Waag");

        assertThat(dossier("ggz1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("the words for the order's codes are at /api/woorden, as the tab shows them")
    void words() throws Exception {
        JsonNode woorden = json.readTree(http.withBasicAuth("gemeente1", "demo").getForObject("/api/woorden", String.class));
        assertThat(woorden.path("huisverbodStatus").path("VERLOPEN_ZONDER_BESLUIT").asText())
                .isEqualTo("Verlopen zonder besluit over verlenging");
        assertThat(woorden.path("verlengingsbesluit").path("VERLENGEN").asText()).isEqualTo("Verlengen");
        assertThat(woorden.path("hulpUitkomst").path("GEEN_CONTACT").asText()).isEqualTo("Geen contact gekregen");
        assertThat(woorden.path("hulpVoor").path("ACHTERBLIJVERS").asText()).isEqualTo("De achterblijvers");
    }

    @Test
    @DisplayName("each task of the order shows its case in Tasklist's lists, like the case's own tasks")
    void listShowsTheCase() throws Exception {
        String filterId = http.withBasicAuth("veiligthuis1", "demo").exchange("/engine-rest/filter?name={n}", HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }, "Taken van mijn groepen")
                .getBody().get(0).get("id").toString();
        HttpHeaders hal = new HttpHeaders();
        hal.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        String lijst = http.withBasicAuth("veiligthuis1", "demo").exchange("/engine-rest/filter/{id}/list?maxResults=500",
                HttpMethod.GET, new HttpEntity<>(hal), String.class, filterId).getBody();

        Map<String, String> kolommen = StreamSupport.stream(json.readTree(lijst).path("_embedded").path("task").spliterator(), false)
                .filter(t -> instantie.getId().equals(t.path("processInstanceId").asText()))
                .flatMap(t -> StreamSupport.stream(t.path("_embedded").path("variable").spliterator(), false))
                .collect(Collectors.toMap(v -> v.path("name").asText(), v -> v.path("value").asText()));
        assertThat(kolommen).containsEntry("lijstCasus", casusnummer).containsEntry("lijstHuishouden", "Fam. " + achternaam);
    }
}
