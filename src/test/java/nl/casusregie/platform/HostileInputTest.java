package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.TasklistSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input as an attacker or a careless client sends it, over the project's API and over the
 * engine's REST API as Tasklist uses it (start form, task forms), as the demo users. Each
 * attempt must be refused with the expected status and a Dutch message naming the field as
 * the form does, must not echo what was sent or show SQL, Java or a stack trace, and must
 * leave every table of the project and the engine as it was, the task still open.
 */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    /** Marks what was sent, so no answer may contain it. */
    private static final String GEHEIM = "Geheime-aantekening-over-het-gezin";
    private static final String OTHER_HOUSE = "zvhanders";
    private static final String OTHER_USER = "procesregisseuranders";
    private static final List<String> PROJECT_TABLES = List.of("huishouden", "huishoudlid", "casus", "aanmelding",
            "aanmelding_kenmerk", "besluit", "terugkoppeling", "overleg", "schaalscore", "afspraak", "audit_log");
    private static final List<String> ENGINE_TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
            "ACT_HI_PROCINST", "ACT_HI_VARINST", "ACT_HI_TASKINST");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;
    @Autowired ProcessEngine engine;
    @Autowired IdentityService identityService;

    private String triageTask;
    private String meetingTask;
    private int tried;
    private int refused;
    private int stored;

    @BeforeAll
    void openTasks() {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 3, 4, false, Fixture.uniek("Vijandig ")));
        triageTask = fixture.task(casus).getId();
        claim("procesregisseur1", triageTask);

        // A second case, taken up, at its first meeting.
        ProcessInstance tweede = fixture.meldAan(Fixture.aanmelding(true, 3, 4, false, Fixture.uniek("Vijandig ")));
        fixture.complete("procesregisseur1", tweede, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("procesregisseur1", tweede, Map.of("casusregisseur", "casusregisseur1"));
        ProcessInstance overleg = fixture.focusoverleg(tweede);
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "NEE"));
        fixture.planOverleg(overleg, false);
        meetingTask = fixture.task(overleg, "UserTask_OverlegVastleggen").getId();
        claim("procesregisseur1", meetingTask);

        if (identityService.createTenantQuery().tenantId(OTHER_HOUSE).count() == 0) {
            identityService.saveTenant(identityService.newTenant(OTHER_HOUSE));
        }
        if (identityService.createUserQuery().userId(OTHER_USER).count() == 0) {
            var user = identityService.newUser(OTHER_USER);
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(OTHER_USER, "procesregisseur");
            identityService.createTenantUserMembership(OTHER_HOUSE, OTHER_USER);
        }
    }

    @AfterAll
    void totals() {
        System.out.printf("Hostile inputs: %d tried, %d refused, %d stored%n", tried, refused, stored);
        assertThat(stored).isZero();
        assertThat(refused).isEqualTo(tried);
    }

    /** One attempt: who sends what, and the status and Dutch text the answer must have. */
    record Poging(String naam, Function<HostileInputTest, ResponseEntity<String>> verzoek, int status, String verwacht) {
        @Override
        public String toString() {
            return naam;
        }
    }

    private static Poging api(String naam, String json, int status, String verwacht) {
        return new Poging("API: " + naam, t -> t.send("politie1", HttpMethod.POST, "/api/aanmeldingen", json), status, verwacht);
    }

    private static Poging startForm(String naam, Map<String, Object> variables, String verwacht) {
        return new Poging("startformulier: " + naam, t -> t.send("gemeente1", HttpMethod.POST,
                "/engine-rest/process-definition/key/zvh-casus/submit-form", json(Map.of("variables", variables))), 400, verwacht);
    }

    private static Poging triage(String naam, Map<String, Object> variables, String verwacht) {
        return new Poging("triageformulier: " + naam, t -> t.send("procesregisseur1", HttpMethod.POST,
                "/engine-rest/task/" + t.triageTask + "/submit-form", json(Map.of("variables", variables))), 400, verwacht);
    }

    private static Poging meeting(String naam, Map<String, Object> variables, String verwacht) {
        Map<String, Object> all = new HashMap<>(Map.of("beeldvorming", Map.of("value", "Beeld"),
                "clientenAanwezig", Map.of("value", false), "nieuweZorgen", Map.of("value", false)));
        all.putAll(variables);
        return new Poging("overlegformulier: " + naam, t -> t.send("procesregisseur1", HttpMethod.POST,
                "/engine-rest/task/" + t.meetingTask + "/submit-form", json(Map.of("variables", all))), 400, verwacht);
    }

    private static Poging otherHouse(String naam, HttpMethod method, String path, String body) {
        return new Poging("ander huis: " + naam, t -> t.send(OTHER_USER, method,
                path.replace("{triage}", t.triageTask), body), 404, "niet gevonden");
    }

    private static Map<String, Object> jsonVariable(String json) {
        return Map.of("value", json, "type", "Json");
    }

    private static String lid(String naam) {
        return "{\"naam\": \"" + naam + "\", \"rol\": \"KIND\"}";
    }

    private static String referral(String leden, String extra) {
        return "{\"leden\": [" + leden + "]" + extra + "}";
    }

    static List<Poging> pogingen() {
        String negen = IntStream.rangeClosed(1, 9).mapToObj(i -> lid("Lid " + i)).collect(Collectors.joining(","));
        String scores = IntStream.rangeClosed(1, 5000).mapToObj(i -> "{\"deelnemer\":\"p" + i + "\",\"score\":5}")
                .collect(Collectors.joining(",", "[", "]"));
        String toekomst = LocalDate.now().plusYears(1).toString();
        return List.of(
                api("tekst langer dan de kolom", referral(lid("A"), ", \"analyse\": \"" + GEHEIM + "x".repeat(4001) + "\""), 400,
                        "Korte analyse: wat speelt er en wat is nodig?: is langer dan 4000 tekens"),
                api("naam langer dan de kolom", referral(lid(GEHEIM + "x".repeat(300)), ""), 400,
                        "Lid 1, Naam: is langer dan 200 tekens"),
                api("null in de ledenlijst", "{\"leden\": [null]}", 400, "Lid 1: is leeg"),
                api("null in een keuzelijst", referral(lid("A"), ", \"leefgebieden\": [null]"), 400,
                        "Leefgebieden met problemen: bevat een lege waarde"),
                api("meer leden dan het formulier", referral(negen, ""), 400, "Noem ten hoogste 8 leden"),
                api("2.5 jaar", referral(lid("A"), ", \"patroonJaren\": 2.5"), 400,
                        "Hoe lang speelt het patroon al (jaren)?: verwacht een geheel getal"),
                api("jaren als tekst", referral(lid("A"), ", \"patroonJaren\": \"3\""), 400, "verwacht een geheel getal"),
                api("rol als getal", "{\"leden\": [{\"naam\": \"A\", \"rol\": 1}]}", 400, "Lid 1, Rol in de casus: kies een van"),
                api("naam als getal", "{\"leden\": [{\"naam\": 12345, \"rol\": \"KIND\"}]}", 400, "Lid 1, Naam: verwacht tekst"),
                api("ja als 1", referral(lid("A"), ", \"geweldHoofdreden\": 1"), 400, "verwacht ja of nee"),
                api("onbekende keuze", referral(lid("A"), ", \"geweldsvormen\": [\"" + GEHEIM + "\"]"), 400,
                        "Vormen van geweld: kies een van"),
                api("dubbele sleutel", "{\"leden\": [" + lid("A") + "], \"analyse\": \"a\", \"analyse\": \"" + GEHEIM + "\"}", 400,
                        "Geen geldige JSON"),
                api("rommel na het document", referral(lid("A"), "") + " {\"analyse\": \"" + GEHEIM + "\"}", 400,
                        "Geen geldige JSON"),
                api("geboren in 1850", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"KIND\", \"geboortedatum\": \"1850-01-01\"}]}", 400,
                        "Lid 1, Geboortedatum: ligt voor 1900"),
                api("geboren in de toekomst", "{\"leden\": [" + lid("A") + ", " + lid("B") + ", {\"naam\": \"C\", \"rol\": \"KIND\", "
                        + "\"geboortedatum\": \"" + toekomst + "\"}]}", 400, "Lid 3, Geboortedatum: ligt in de toekomst"),
                api("eerste hulp in het jaar 0197", referral(lid("A"), ", \"eersteHulpDatum\": \"0197-05-01\""), 400,
                        "Eerste bekende contact met hulpverlening (datum): ligt voor 1900"),
                api("een verzoek van 2 MB", referral(lid("A"), ", \"analyse\": \"" + GEHEIM + "x".repeat(2_000_000) + "\""), 413,
                        "te groot"),
                new Poging("API: als supervisor aanmelden", t -> t.send("supervisor1", HttpMethod.POST, "/api/aanmeldingen",
                        referral(lid(GEHEIM), "")), 403, "Alleen professionals van een partnerorganisatie"),
                new Poging("API: onbekend adres", t -> t.send("politie1", HttpMethod.GET, "/api/bestaatniet", null), 404,
                        "bestaat niet"),
                new Poging("API: casus van een ander nummer", t -> t.send("politie1", HttpMethod.GET,
                        "/api/casussen/ZVH-1900-000000", null), 404, "niet gevonden"),
                new Poging("engine: firstResult=-5", t -> t.send("procesregisseur1", HttpMethod.GET,
                        "/engine-rest/task?firstResult=-5", null), 400, "firstResult moet een geheel getal"),
                new Poging("engine: maxResults absurd", t -> t.send("supervisor1", HttpMethod.GET,
                        "/engine-rest/process-instance?maxResults=999999999", null), 400, "maxResults moet een geheel getal"),
                new Poging("API: firstResult als tekst", t -> t.send("politie1", HttpMethod.GET,
                        "/api/casussen/ZVH-1900-000000?firstResult=" + GEHEIM, null), 400, "firstResult moet een geheel getal"),
                startForm("naam langer dan de kolom", Map.of("leden", jsonVariable("[" + lid(GEHEIM + "x".repeat(300)) + "]")),
                        "Lid 1, Naam: is langer dan 200 tekens"),
                startForm("rij 3 geboren in de toekomst", Map.of(
                        "lid1", jsonVariable(lid("A")), "lid2", jsonVariable(lid("B")),
                        "lid3", jsonVariable("{\"naam\": \"C\", \"rol\": \"KIND\", \"geboortedatum\": \"" + toekomst + "\"}")),
                        "Lid 3, Geboortedatum: ligt in de toekomst"),
                startForm("meer leden dan het formulier", Map.of("leden", jsonVariable("[" + negen + "]")), "Noem ten hoogste 8 leden"),
                startForm("rol als getal", Map.of("leden", jsonVariable("[{\"naam\": \"A\", \"rol\": 1}]")),
                        "Lid 1, Rol in de casus: kies een van"),
                startForm("analyse langer dan de kolom", Map.of("leden", jsonVariable("[" + lid("A") + "]"),
                        "analyse", Map.of("value", GEHEIM + "x".repeat(4001))),
                        "Korte analyse: wat speelt er en wat is nodig?: is langer dan 4000 tekens"),
                triage("reden langer dan de kolom", Map.of("aanpak", Map.of("value", "MDA++"),
                        "triageReden", Map.of("value", GEHEIM + "x".repeat(5000))),
                        "Reden van het besluit (verplicht, zeker bij afwijken van het advies): is langer dan 4000 tekens"),
                triage("onbekend besluit", Map.of("aanpak", Map.of("value", GEHEIM), "triageReden", Map.of("value", "Reden")),
                        "Besluit: kies MDA++, REGULIER of NIET_OPPAKKEN"),
                triage("verwijzing langer dan de kolom", Map.of("aanpak", Map.of("value", "NIET_OPPAKKEN"),
                        "verwijzing", Map.of("value", GEHEIM + "x".repeat(100)), "triageReden", Map.of("value", "Reden")),
                        "Verwijzen naar: is langer dan 40 tekens"),
                meeting("5000 scores", Map.of("scores", jsonVariable(scores)), "Geef ten hoogste 10 scores"),
                meeting("score 2.5", Map.of("scores", jsonVariable("[{\"deelnemer\": \"a\", \"score\": 2.5}]")),
                        "Deelnemer 1, Score: verwacht een geheel getal"),
                meeting("score 11 in rij 2", Map.of("score1", jsonVariable("{\"deelnemer\": \"a\", \"score\": 5}"),
                        "score2", jsonVariable("{\"deelnemer\": \"b\", \"score\": 11}")),
                        "Deelnemer 2, Score: een schaalscore ligt tussen 1 en 10"),
                meeting("afspraak langer dan de kolom", Map.of("afspraak1", jsonVariable("{\"soort\": \"ACTIE_PROFESSIONALS\", \"partner\": \"veiligthuis\", \"wat\": \""
                        + GEHEIM + "x".repeat(3000) + "\", \"deadline\": \"" + LocalDate.now().plusDays(7) + "\", \"waarom\": \"w\"}")),
                        "Afspraak 1, Wat: is langer dan 2000 tekens"),
                meeting("beeld langer dan de kolom", Map.of("beeldvorming", Map.of("value", GEHEIM + "x".repeat(4001))),
                        "Beeld: gedeelde topzorg, patronen, krachten, wat weten we nog niet?: is langer dan 4000 tekens"),
                meeting("null in de scores", Map.of("scores", jsonVariable("[null]")), "Deelnemer 1: is leeg"),
                new Poging("Tasklist: reden langer dan de kolom", t -> t.sendAsTasklist("procesregisseur1",
                        "/task/" + t.triageTask + "/submit-form", json(Map.of("variables", Map.of("aanpak", Map.of("value", "MDA++"),
                                "triageReden", Map.of("value", GEHEIM + "x".repeat(5000)))))), 400,
                        "Reden van het besluit (verplicht, zeker bij afwijken van het advies): is langer dan 4000 tekens"),
                otherHouse("taak opvragen", HttpMethod.GET, "/engine-rest/task/{triage}", null),
                otherHouse("taak claimen", HttpMethod.POST, "/engine-rest/task/{triage}/claim", "{\"userId\": \"" + OTHER_USER + "\"}"),
                otherHouse("taak afronden", HttpMethod.POST, "/engine-rest/task/{triage}/complete", "{\"variables\": {}}"),
                otherHouse("formulier indienen", HttpMethod.POST, "/engine-rest/task/{triage}/submit-form",
                        "{\"variables\": {\"triageReden\": {\"value\": \"" + GEHEIM + "\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pogingen")
    @DisplayName("hostile input is refused with a Dutch message naming the field, and nothing is stored")
    void refused(Poging poging) {
        Map<String, Long> before = counts();
        tried++;

        ResponseEntity<String> response = poging.verzoek().apply(this);

        Map<String, Long> after = counts();
        if (!after.equals(before)) {
            stored++;
        }
        assertThat(after).as("rows after %s", poging).isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskId(triageTask).count()).as("triage task open").isOne();
        assertThat(engine.getTaskService().createTaskQuery().taskId(meetingTask).count()).as("meeting task open").isOne();
        assertThat(response.getStatusCode().value()).as("status; body %s", response.getBody()).isEqualTo(poging.status());
        String body = response.getBody();
        assertThat(body).as("message").containsIgnoringCase(poging.verwacht());
        assertThat(body).as("no echo, SQL, Java names or engine prefixes")
                .doesNotContain(GEHEIM, "Exception", "java.", "org.", "SQL", "insert into", "select ", "\tat ",
                        "Cannot submit task form", "Cannot instantiate", "ENGINE-", "No matching");
        if (!body.contains("\"fouten\"")) {
            // The API's problem details may key messages by JSON path; a form's message names the row.
            assertThat(body).doesNotContain("leden[", "scores[", "afspraken[");
        }
        refused++;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>(PROJECT_TABLES);
        tables.addAll(ENGINE_TABLES);
        tables.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return counts;
    }

    private void claim(String user, String taskId) {
        ResponseEntity<String> claim = send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\": \"" + user + "\"}");
        assertThat(claim.getStatusCode().is2xxSuccessful()).as("claim: %s", claim.getBody()).isTrue();
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** As Tasklist calls the engine: the web apps' own copy of the REST API, with a session and its CSRF token. */
    private ResponseEntity<String> sendAsTasklist(String user, String path, String body) {
        TasklistSession session = TasklistSession.login(http, user);
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return session.exchange(HttpMethod.POST, "/camunda/api/engine/engine/default" + path, body, headers);
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
