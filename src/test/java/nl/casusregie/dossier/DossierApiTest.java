package nl.casusregie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.TasklistSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case file over GET /api/casussen/{nummer}/dossier, per group: a case referred by the
 * police, taken up as MDA++ with casusregisseur1, after one focus meeting with an agreement
 * for Veilig Thuis.
 */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierApiTest {

    private static final String OTHER_HOUSE_USER = "procesregisseurdossier";

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper objectMapper;
    @Autowired TaskService taskService;

    private final String achternaam = Fixture.uniek("Dossier");
    private String nummer;

    @BeforeAll
    void caseAfterOneMeeting() {
        ProcessInstance casus = fixture.naEersteOverleg(achternaam, "casusregisseur1", "Veiligheid eerst");
        nummer = casus.getBusinessKey();
        fixture.koppelTerug(fixture.focusoverleg(casus), "casusregisseur1", "Telefonisch uitgelegd");

        if (identityService.createUserQuery().userId(OTHER_HOUSE_USER).count() == 0) {
            identityService.saveTenant(identityService.newTenant("zvhdossier"));
            var user = identityService.newUser(OTHER_HOUSE_USER);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(OTHER_HOUSE_USER, "procesregisseur");
            identityService.createTenantUserMembership("zvhdossier", OTHER_HOUSE_USER);
        }
    }

    private ResponseEntity<String> read(String user) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/casussen/{nummer}/dossier", String.class, nummer);
    }

    private long reads() {
        return jdbc.sql("select count(*) from audit_log a join casus c on c.id = a.casus_id "
                        + "where c.nummer = :nummer and a.actie = 'DOSSIER_GELEZEN'")
                .param("nummer", nummer).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0} reads the whole file ({1})")
    @CsvSource({
            "procesregisseur1, chair of the house",
            "casusregisseur1, the case's director",
            "politie1, referrer's group",
            "veiligthuis1, named in an agreement"})
    void wholeFile(String user, String why) throws Exception {
        long before = reads();
        ResponseEntity<String> response = read(user);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dossier = objectMapper.readTree(response.getBody());
        assertThat(dossier.path("leesrecht").asText()).isEqualTo("VOLLEDIG");
        assertThat(dossier.path("leden").findValuesAsText("naam")).contains("Sam " + achternaam, "Noor " + achternaam);
        assertThat(dossier.path("aanmelding").path("analyse").asText()).isEqualTo("Analyse van de aanmelder");
        assertThat(dossier.path("aanmelding").path("partner").asText()).isEqualTo("politie");
        // Newest first: the case direction was decided after triage.
        assertThat(dossier.path("besluiten").findValuesAsText("soort")).containsExactly("CASUSREGIE", "TRIAGE");
        assertThat(dossier.path("besluiten").get(1).path("reden").asText()).isEqualTo("Jarenlang patroon");
        assertThat(dossier.path("besluiten").get(1).path("partner").asText()).isEqualTo("procesregisseur");
        JsonNode overleg = dossier.path("overleggen").get(0);
        assertThat(overleg.path("voorbereiding").asText()).isEqualTo("Rust in huis");
        assertThat(overleg.path("gemiddeldeScore").asDouble()).isEqualTo(4.0);
        assertThat(overleg.path("scores")).hasSize(2);
        assertThat(overleg.path("afspraken").get(0).path("wat").asText()).isEqualTo("Veiligheidsplan opstellen");
        assertThat(overleg.path("afspraken").get(0).path("soort").asText()).isEqualTo("ACTIE_PROFESSIONALS");
        assertThat(overleg.path("afspraken").get(0).path("waarom").asText()).isEqualTo("Veiligheid eerst");
        assertThat(dossier.path("terugkoppelingen").get(0).path("tekst").asText()).isEqualTo("Telefonisch uitgelegd");
        assertThat(reads()).as("the read is audited").isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a supervisor reads who decided what and when, without what the file says about the household")
    void supervisorWithoutPersonalContent() throws Exception {
        ResponseEntity<String> response = read("supervisor1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode dossier = objectMapper.readTree(response.getBody());
        assertThat(dossier.path("leesrecht").asText()).isEqualTo("ZONDER_PERSOONSGEGEVENS");
        assertThat(dossier.path("besluiten").findValuesAsText("uitkomst")).containsExactly("casusregisseur1", "MDA++");
        assertThat(dossier.path("overleggen").get(0).path("afspraken").get(0).path("partner").asText()).isEqualTo("veiligthuis");
        assertThat(response.getBody()).doesNotContain(achternaam, "Analyse van de aanmelder", "Jarenlang patroon",
                "Rust in huis", "Gedeelde topzorg", "Veiligheidsplan opstellen", "Veiligheid eerst", "Telefonisch uitgelegd");
    }

    @ParameterizedTest(name = "{0} does not find the file ({1})")
    @CsvSource({
            "casusregisseur2, another case director",
            "ggz1, a partner not taking part",
            "procesbeheerder1, process owner",
            OTHER_HOUSE_USER + ", procesregisseur of another house"})
    void noFile(String user, String why) {
        long before = reads();
        ResponseEntity<String> response = read(user);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain(achternaam).contains("niet gevonden");
        assertThat(reads()).isEqualTo(before);
    }

    @Test
    @DisplayName("from a task: the file of the task's case for who sees the task, nobody else")
    void fromTask() throws Exception {
        String taak = taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("UserTask_VervolgBesluiten").singleResult().getId();
        ResponseEntity<String> chair = http.withBasicAuth("procesregisseur1", "demo")
                .getForEntity("/api/taken/{id}/dossier", String.class, taak);
        assertThat(chair.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(objectMapper.readTree(chair.getBody()).path("casusnummer").asText()).isEqualTo(nummer);
        assertThat(objectMapper.readTree(chair.getBody()).path("namen").path("casusregisseur1").asText())
                .as("professionals by display name").isNotBlank().isNotEqualTo("casusregisseur1");

        for (String user : List.of("politie1", "ggz1", OTHER_HOUSE_USER)) {
            ResponseEntity<String> other = http.withBasicAuth(user, "demo").getForEntity("/api/taken/{id}/dossier", String.class, taak);
            assertThat(other.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(other.getBody()).doesNotContain(achternaam, nummer);
        }
    }

    @Test
    @DisplayName("Tasklist's session reads the file for the plugins (GET with X-Requested-With) and nothing else")
    void tasklistSession() {
        TasklistSession session = TasklistSession.login(http, "procesregisseur1");
        HttpHeaders plugin = session.headers();
        plugin.set("X-Requested-With", "casusregie-tasklist");
        String path = "/api/casussen/" + nummer + "/dossier";

        assertThat(session.exchange(HttpMethod.GET, path, null, plugin).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> noHeader = session.exchange(HttpMethod.GET, path, null, session.headers());
        assertThat(noHeader.getStatusCode()).as("cookie alone").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noHeader.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNotNull();
        plugin.setContentType(MediaType.APPLICATION_JSON);
        assertThat(session.exchange(HttpMethod.POST, "/api/aanmeldingen", "{}", plugin).getStatusCode())
                .as("no change rides on the session").isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> anonymous = http.exchange(path, HttpMethod.GET, new HttpEntity<>(pluginHeaderOnly()), String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .as("no browser login box over Tasklist when the session ended").isNull();
    }

    private static HttpHeaders pluginHeaderOnly() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "casusregie-tasklist");
        return headers;
    }
}
