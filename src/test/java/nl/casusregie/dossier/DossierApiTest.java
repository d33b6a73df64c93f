package nl.casusregie.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.TasklistSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
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
 * for Veilig Thuis; and a second case whose first round was split (Fixture.houdGesplitstOverleg):
 * an OM segment, then the clients' segment, with a refused consent.
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

    /** Written only in the OM segment of the split round: who may not read it must not get it. */
    private static final String OM_MARKER = "OMDOSSIERGEHEIM";

    private final String achternaam = Fixture.uniek("Dossier");
    private final String gesplitstNaam = Fixture.uniek("Gesplitst");
    private String nummer;
    private String gesplitst;

    @BeforeAll
    void caseAfterOneMeeting() {
        ProcessInstance casus = fixture.naEersteOverleg(achternaam, "casusregisseur1", "Veiligheid eerst");
        nummer = casus.getBusinessKey();
        fixture.koppelTerug(fixture.focusoverleg(casus), "casusregisseur1", "Telefonisch uitgelegd");

        ProcessInstance tweede = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, gesplitstNaam));
        fixture.complete("procesregisseur1", tweede, Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        fixture.complete("procesregisseur1", tweede, Map.of("casusregisseur", "casusregisseur1"));
        gesplitst = tweede.getBusinessKey();
        ProcessInstance overleg = fixture.focusoverleg(tweede);
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust in huis",
                "hoopClienten", "Dat vader hulp krijgt", "deelnameClienten", "JA", "vertrouwenspersoon", "Tante Mira",
                "lid1", Spin.JSON("{\"naam\":\"Sam %s\",\"deelname\":\"JA\"}".formatted(gesplitstNaam)),
                "lid2", Spin.JSON("""
                        {"naam":"Noor %s","deelname":"ONLINE","wensen":"Niet naast Sam zitten","vertrouwenspersoon":"Buurvrouw Els"}"""
                        .formatted(gesplitstNaam))));
        fixture.houdGesplitstOverleg(overleg, OM_MARKER);

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
        return read(user, nummer);
    }

    private ResponseEntity<String> read(String user, String casusnummer) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/casussen/{nummer}/dossier", String.class, casusnummer);
    }

    /** The kinds of a round's parts, in order (not of their agreements). */
    private static List<String> soorten(JsonNode delen) {
        return java.util.stream.StreamSupport.stream(delen.spliterator(), false).map(d -> d.path("soort").asText()).toList();
    }

    /** The split round of the second case, as this user reads it. */
    private JsonNode gesplitsteRonde(String user) throws Exception {
        ResponseEntity<String> response = read(user, gesplitst);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return objectMapper.readTree(response.getBody()).path("overleggen").get(0);
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
        assertThat(overleg.path("voorbereiding").path("wensen").asText()).isEqualTo("Rust in huis");
        assertThat(overleg.path("gemiddeldeScore").asDouble()).isEqualTo(4.0);
        JsonNode deel = overleg.path("delen").get(0);
        assertThat(deel.path("soort").asText()).as("clients not attending: one meeting").isEqualTo("GEHEEL");
        assertThat(deel.path("beeldvorming").asText()).startsWith("Gedeelde topzorg");
        assertThat(deel.path("scores")).hasSize(2);
        assertThat(deel.path("afspraken").get(0).path("wat").asText()).isEqualTo("Veiligheidsplan opstellen");
        assertThat(deel.path("afspraken").get(0).path("soort").asText()).isEqualTo("ACTIE_PROFESSIONALS");
        assertThat(deel.path("afspraken").get(0).path("waarom").asText()).isEqualTo("Veiligheid eerst");
        assertThat(deel.path("afspraken").get(0).path("bodemeis").asBoolean()).isFalse();
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
        assertThat(dossier.path("overleggen").get(0).path("delen").get(0).path("afspraken").get(0).path("partner").asText())
                .isEqualTo("veiligthuis");
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
    @DisplayName("a split round in full: date, composition, preparation per member, contributions with their basis "
            + "and the refusal where the information would be, each part along BOB, the next meeting")
    void splitRoundInFull() throws Exception {
        JsonNode ronde = gesplitsteRonde("casusregisseur1");

        assertThat(ronde.path("datum").asText()).isEqualTo(LocalDate.now().plusDays(7).toString());
        assertThat(ronde.path("opzet").path("omNodig").asBoolean()).isTrue();
        assertThat(ronde.path("opzet").path("afwijkend").asBoolean()).as("the advised parts, confirmed").isFalse();
        assertThat(soorten(ronde.path("delen"))).containsExactly("OM", "CLIENTEN");
        assertThat(ronde.path("delen").findValuesAsText("volgorde")).containsExactly("1", "2");

        JsonNode voorbereiding = ronde.path("voorbereiding");
        assertThat(voorbereiding.path("wensen").asText()).isEqualTo("Rust in huis");
        assertThat(voorbereiding.path("hoop").asText()).isEqualTo("Dat vader hulp krijgt");
        assertThat(voorbereiding.path("deelname").asText()).isEqualTo("JA");
        assertThat(voorbereiding.path("vertrouwenspersoon").asText()).isEqualTo("Tante Mira");
        JsonNode noor = voorbereiding.path("leden").get(1);
        assertThat(noor.path("naam").asText()).isEqualTo("Noor " + gesplitstNaam);
        assertThat(noor.path("deelname").asText()).isEqualTo("ONLINE");
        assertThat(noor.path("wensen").asText()).isEqualTo("Niet naast Sam zitten");
        assertThat(noor.path("vertrouwenspersoon").asText()).isEqualTo("Buurvrouw Els");
        assertThat(noor.path("apartGehoord").asBoolean()).isFalse();

        assertThat(ronde.path("bijdragen").findValuesAsText("partner")).containsExactly("om", "politie", "ggz", "veiligthuis");
        JsonNode ggz = ronde.path("bijdragen").get(2);
        assertThat(ggz.path("grondslag").asText()).isEqualTo("GEWEIGERD");
        assertThat(ggz.path("weigering").asText()).isEqualTo(Fixture.WEIGERING);
        assertThat(ggz.path("informatie").isNull()).as("the refusal stands where the information would be").isTrue();
        assertThat(ggz.path("door").asText()).isEqualTo("ggz1");
        JsonNode veiligThuis = ronde.path("bijdragen").get(3);
        assertThat(veiligThuis.path("grondslag").asText()).isEqualTo("WETTELIJKE_TAAK");
        assertThat(veiligThuis.path("informatie").asText()).isEqualTo("Actuele informatie van Veilig Thuis");
        assertThat(veiligThuis.path("weigering").isNull()).isTrue();

        JsonNode clienten = ronde.path("delen").get(1);
        assertThat(clienten.path("afgeschermd").asBoolean()).isFalse();
        assertThat(clienten.path("beeldvorming").asText()).isEqualTo("Beeld met de cliënten");
        assertThat(clienten.path("oordeel").asText()).isEqualTo("Moeder voelt zich veiliger");
        assertThat(clienten.path("nogZorgen").asBoolean()).isFalse();
        assertThat(clienten.path("minimaalNodig").asText()).isEqualTo("Vader houdt afstand");
        assertThat(clienten.path("scores").findValuesAsText("deelnemer")).containsExactly("Veilig Thuis", "Moeder");
        assertThat(clienten.path("gemiddeldeScore").asDouble()).isEqualTo(4.5);
        assertThat(clienten.path("scoreSpreiding").asInt()).isEqualTo(1);
        assertThat(clienten.path("afspraken").findValuesAsText("wat")).containsExactly("Veiligheidsplan opstellen",
                "Samen naar de opvoedcursus", "Sam komt niet in de buurt van de school");
        JsonNode bodemeis = clienten.path("afspraken").get(2);
        assertThat(bodemeis.path("bodemeis").asBoolean()).isTrue();
        assertThat(bodemeis.path("partner").asText()).as("its guard").isEqualTo("politie");
        assertThat(ronde.path("volgendOverleg").asText()).isEqualTo(LocalDate.now().plusDays(42).toString());
        assertThat(ronde.path("bijSchending").asText()).isEqualTo("Terug naar fase 1 en binnen een week opnieuw overleg");
    }

    @ParameterizedTest(name = "{0} reads what was said in the OM segment ({1})")
    @CsvSource({
            "procesregisseur1, chair of the house",
            "om1, the OM, invited to the round"})
    void omSegmentForOmAndChair(String user, String why) throws Exception {
        ResponseEntity<String> response = read(user, gesplitst);
        JsonNode ronde = objectMapper.readTree(response.getBody()).path("overleggen").get(0);

        JsonNode om = ronde.path("delen").get(0);
        assertThat(om.path("soort").asText()).isEqualTo("OM");
        assertThat(om.path("afgeschermd").asBoolean()).isFalse();
        assertThat(om.path("beeldvorming").asText()).isEqualTo(OM_MARKER + " beeld van de officier");
        assertThat(om.path("oordeel").asText()).isEqualTo(OM_MARKER + " oordeel");
        assertThat(om.path("nogZorgen").asBoolean()).isTrue();
        assertThat(om.path("minimaalNodig").asText()).isEqualTo(OM_MARKER + " minimaal nodig");
        assertThat(om.path("scores").get(0).path("toelichting").asText()).isEqualTo(OM_MARKER + " grond");
        assertThat(om.path("gemiddeldeScore").asDouble()).isEqualTo(8.0);
        assertThat(om.path("afspraken").findValuesAsText("wat")).containsExactly(OM_MARKER + " dagvaarding voorbereiden",
                OM_MARKER + " contactverbod handhaven");
        assertThat(om.path("afspraken").get(1).path("bodemeis").asBoolean()).isTrue();
        assertThat(om.path("afspraken").get(1).path("partner").asText()).isEqualTo("politie");
        JsonNode omBijdrage = ronde.path("bijdragen").get(0);
        assertThat(omBijdrage.path("partner").asText()).isEqualTo("om");
        assertThat(omBijdrage.path("informatie").asText()).as("what the OM brought in").isEqualTo(OM_MARKER + " lopend opsporingsonderzoek");
        assertThat(omBijdrage.path("afgeschermd").asBoolean()).isFalse();
        assertThat(ronde.path("nieuweZorgen").asBoolean()).as("the OM's worries count in the round").isTrue();
        assertThat(ronde.path("gemiddeldeScore").asDouble()).as("mean of 8, 4 and 5").isEqualTo(5.67);
        assertThat(ronde.path("scoreSpreiding").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select details from audit_log a join casus c on c.id = a.casus_id where c.nummer = :nummer "
                        + "and a.actie = 'DOSSIER_GELEZEN' and a.gebruiker = :user order by a.id desc")
                .param("nummer", gesplitst).param("user", user).query(String.class).list().get(0))
                .as("the read of the OM segment is audited as such").isEqualTo("VOLLEDIG, met OM-deel");
    }

    @ParameterizedTest(name = "{0} sees that an OM segment was held, not what was said in it ({1})")
    @CsvSource({
            "casusregisseur1, the case's director",
            "veiligthuis1, invited and named in an agreement",
            "politie1, referrer, guard of the OM segment's minimum condition",
            "ggz1, invited, reported the refusal"})
    void omSegmentKeptFromOthers(String user, String why) throws Exception {
        ResponseEntity<String> response = read(user, gesplitst);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).as("not in the JSON at all").doesNotContain(OM_MARKER, "Officier");
        JsonNode dossier = objectMapper.readTree(response.getBody());
        assertThat(dossier.path("leesrecht").asText()).isEqualTo("VOLLEDIG");
        JsonNode ronde = dossier.path("overleggen").get(0);
        JsonNode om = ronde.path("delen").get(0);
        assertThat(om.path("volgorde").asInt()).isEqualTo(1);
        assertThat(om.path("soort").asText()).isEqualTo("OM");
        assertThat(om.path("afgeschermd").asBoolean()).isTrue();
        JsonNode omBijdrage = ronde.path("bijdragen").get(0);
        assertThat(omBijdrage.path("partner").asText()).isEqualTo("om");
        assertThat(omBijdrage.path("afgeschermd").asBoolean()).as("the OM's contribution is kept as its segment").isTrue();
        assertThat(omBijdrage.path("geleverdOp").isNull()).as("that it was delivered shows").isFalse();
        assertThat(om.path("beeldvorming").isNull()).isTrue();
        assertThat(om.path("nogZorgen").isNull()).isTrue();
        assertThat(om.path("gemiddeldeScore").isNull()).isTrue();
        assertThat(om.path("scores")).isEmpty();
        assertThat(om.path("afspraken")).isEmpty();
        assertThat(ronde.path("delen").get(1).path("beeldvorming").asText()).isEqualTo("Beeld met de cliënten");
        assertThat(ronde.path("bijdragen").get(2).path("weigering").asText()).isEqualTo(Fixture.WEIGERING);
        assertThat(ronde.path("nieuweZorgen").asBoolean()).as("the OM's worries do not show through").isFalse();
        assertThat(ronde.path("gemiddeldeScore").asDouble()).as("nor its score").isEqualTo(4.5);
        assertThat(ronde.path("scoreSpreiding").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("a supervisor sees the split round's parts, contributions' bases and owners, none of what was said")
    void supervisorSplitRound() throws Exception {
        ResponseEntity<String> response = read("supervisor1", gesplitst);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).doesNotContain(OM_MARKER, "Officier", gesplitstNaam, Fixture.WEIGERING,
                "Actuele informatie", "Rust in huis", "Tante Mira", "Beeld met de cliënten", "Vader houdt afstand",
                "Veiligheidsplan opstellen", "Terug naar fase 1");
        JsonNode ronde = objectMapper.readTree(response.getBody()).path("overleggen").get(0);
        assertThat(soorten(ronde.path("delen"))).containsExactly("OM", "CLIENTEN");
        assertThat(ronde.path("delen").get(0).path("afgeschermd").asBoolean()).isTrue();
        assertThat(ronde.path("delen").get(1).path("gemiddeldeScore").asDouble()).isEqualTo(4.5);
        assertThat(ronde.path("delen").get(1).path("afspraken").findValuesAsText("partner"))
                .containsExactly("veiligthuis", "clienten", "politie");
        assertThat(ronde.path("bijdragen").findValuesAsText("grondslag"))
                .containsExactly("WETTELIJKE_TAAK", "WETTELIJKE_TAAK", "GEWEIGERD", "WETTELIJKE_TAAK");
        assertThat(ronde.path("voorbereiding").isNull()).isTrue();
        assertThat(ronde.path("gemiddeldeScore").asDouble()).isEqualTo(4.5);
    }

    @Test
    @DisplayName("what was said in the OM segment is in the project's tables only, nowhere in the engine's")
    void omSegmentNotInTheEngine() {
        for (String tabel : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            assertThat(jdbc.sql("select count(*) from " + tabel + " where TEXT_ like :m or TEXT2_ like :m")
                    .param("m", "%" + OM_MARKER + "%").query(Long.class).single()).as(tabel).isZero();
        }
        assertThat(jdbc.sql("select BYTES_ from ACT_GE_BYTEARRAY where BYTES_ is not null").query(byte[].class).list())
                .as("serialized values and history").noneMatch(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)
                        .contains(OM_MARKER));
    }

    @ParameterizedTest(name = "{0} does not find the split round's file ({1})")
    @CsvSource({
            "rvdk1, a partner not taking part",
            OTHER_HOUSE_USER + ", procesregisseur of another house"})
    void splitRoundNotFound(String user, String why) {
        ResponseEntity<String> response = read(user, gesplitst);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain(OM_MARKER, gesplitstNaam);
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
