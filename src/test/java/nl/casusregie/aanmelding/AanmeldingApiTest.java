package nl.casusregie.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The referral endpoint over HTTP, as a partner system would call it. */
@CasusregieTest
class AanmeldingApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired Fixture fixture;

    private ResponseEntity<Map> post(String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity("/api/aanmeldingen", new HttpEntity<>(json, headers), Map.class);
    }

    private static String referral(String naam) {
        return """
                {"leden": [{"naam": "%s", "geboortedatum": "1979-02-11", "rol": "MOGELIJKE_PLEGER", "taal": "Pools", "tolkNodig": true},
                           {"naam": "Kind van %s", "leeftijd": 9, "rol": "KIND"}],
                 "geweldsvormen": ["FYSIEK", "GETUIGE_VAN_GEWELD"], "geweldHoofdreden": true, "patroonJaren": 3,
                 "leefgebieden": ["FINANCIEN", "HUISVESTING", "VERSLAVING"], "strafrechtelijkeMaatregelen": ["CONTACTVERBOD"],
                 "analyse": "Escalaties rond de omgang", "clientenGeinformeerd": true}""".formatted(naam, naam);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    @DisplayName("a valid referral is stored, starts zvh-casus with the case number, and lands at triage")
    void validReferral() {
        ResponseEntity<Map> response = post("veiligthuis1", referral(Fixture.uniek("Kowalski ")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String nummer = (String) response.getBody().get("casusnummer");
        assertThat(nummer).matches("ZVH-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/casussen/" + nummer);
        assertThat(response.getBody()).as("the referrer learns the case number and whether the household was known, nothing more")
                .containsOnlyKeys("casusnummer", "bekendHuishouden").containsEntry("bekendHuishouden", false);
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).singleResult();
        assertThat(instance.getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry("aanmelderGroep", "veiligthuis")
                .containsEntry("kinderenBetrokken", true).containsEntry("aantalLeefgebieden", 3)
                .doesNotContainKeys("leden", "analyse");
    }

    private long household(String casusnummer) {
        return jdbc.sql("select huishouden_id from casus where nummer = :n").param("n", casusnummer).query(Long.class).single();
    }

    private Map<String, Object> processVariables(String casusnummer) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(casusnummer).singleResult();
        return runtimeService.getVariables(instance.getId());
    }

    @Test
    @DisplayName("a member with the same name and birth date joins the known household; triage sees its earlier case, the referrer only that it was known")
    void knownHouseholdIsOneFile() {
        String naam = Fixture.uniek("Bakker ");
        String eerste = (String) post("politie1", referral(naam)).getBody().get("casusnummer");
        // Not taken up: while it waited for triage, a second referral would have joined it as an incident.
        fixture.complete("procesregisseur1", runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(eerste)
                .singleResult(), Map.of("aanpak", "NIET_OPPAKKEN", "verwijzing", "JEUGDBESCHERMINGSTAFEL", "triageReden", "Elders"));
        ResponseEntity<Map> tweede = post("politie1", """
                {"leden": [{"naam": " %s ", "geboortedatum": "1979-02-11", "rol": "MOGELIJKE_PLEGER"},
                           {"naam": "Nieuwe partner", "rol": "SLACHTOFFER"}]}""".formatted(naam.toUpperCase()));

        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(tweede.getBody()).containsOnlyKeys("casusnummer", "bekendHuishouden")
                .containsEntry("bekendHuishouden", true).doesNotContainValue(eerste);
        String nummer = (String) tweede.getBody().get("casusnummer");
        assertThat(household(nummer)).isEqualTo(household(eerste));
        assertThat((String) processVariables(nummer).get("eerdereCasussen")).startsWith(eerste + " (");
        assertThat(processVariables(nummer)).containsEntry("mogelijkBekend", "geen");
        assertThat(jdbc.sql("select count(*) from huishoudlid where huishouden_id = :h").param("h", household(nummer))
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    @DisplayName("a name alone joins no household: triage sees the possible match to judge, the referrer that it was not known")
    void nameAloneIsOnlyAPossibleMatch() {
        String naam = Fixture.uniek("Visser ");
        String eerste = (String) post("politie1", referral(naam)).getBody().get("casusnummer");
        // The same name without a birth date, and the same name with another birth date.
        ResponseEntity<Map> zonderDatum = post("veiligthuis1", """
                {"leden": [{"naam": "%s", "rol": "MOGELIJKE_PLEGER"}]}""".formatted(naam));
        ResponseEntity<Map> andereDatum = post("veiligthuis1", """
                {"leden": [{"naam": "%s", "geboortedatum": "1985-06-30", "rol": "MOGELIJKE_PLEGER"}]}""".formatted(naam));

        String nummer = (String) zonderDatum.getBody().get("casusnummer");
        assertThat(zonderDatum.getBody()).containsOnlyKeys("casusnummer", "bekendHuishouden")
                .containsEntry("bekendHuishouden", false);
        assertThat(household(nummer)).isNotEqualTo(household(eerste));
        assertThat(processVariables(nummer)).containsEntry("eerdereCasussen", "geen");
        assertThat((String) processVariables(nummer).get("mogelijkBekend")).startsWith(eerste + " (")
                .contains("beoordeel").doesNotContain(naam);

        String ander = (String) andereDatum.getBody().get("casusnummer");
        assertThat(household(ander)).as("another birth date is another person").isNotEqualTo(household(eerste));
        assertThat(processVariables(ander)).containsEntry("eerdereCasussen", "geen");
        assertThat((String) processVariables(ander).get("mogelijkBekend")).as("only the member without a birth date may be him")
                .startsWith(nummer + " (").doesNotContain(eerste);
    }

    static List<Arguments> invalidReferrals() {
        return List.of(
                Arguments.of("no members", "{\"geweldHoofdreden\": true}", "leden"),
                Arguments.of("empty member list", "{\"leden\": []}", "leden"),
                Arguments.of("member without name", "{\"leden\": [{\"rol\": \"KIND\"}]}", "leden[0].naam"),
                Arguments.of("member without role", "{\"leden\": [{\"naam\": \"A\"}]}", "leden[0].rol"),
                Arguments.of("unknown role", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"BUURMAN\"}]}", "leden[0].rol"),
                Arguments.of("unknown kind of violence", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"KIND\"}], \"geweldsvormen\": [\"RUZIE\"]}",
                        "geweldsvormen[0]"),
                Arguments.of("unknown field", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"KIND\"}], \"bsn\": \"123\"}", "bsn"),
                Arguments.of("negative years", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"KIND\"}], \"patroonJaren\": -2}", "patroonJaren"),
                Arguments.of("birth date in the future", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"KIND\", \"geboortedatum\": \"2999-01-01\"}]}",
                        "leden[0].geboortedatum"),
                Arguments.of("oversized analysis", "{\"leden\": [{\"naam\": \"A\", \"rol\": \"KIND\"}], \"analyse\": \"" + "x".repeat(4001) + "\"}",
                        "analyse"),
                Arguments.of("malformed JSON", "{\"leden\": [", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReferrals")
    @DisplayName("bad input gets a 400 with a message for the field, and nothing is stored or started")
    void invalidReferral(String description, String json, String field) {
        long casussen = count("casus");
        long huishoudens = count("huishouden");
        long instances = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<Map> response = post("politie1", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) response.getBody().get("fouten")).containsKey(field);
        assertThat(count("casus")).isEqualTo(casussen);
        assertThat(count("huishouden")).isEqualTo(huishoudens);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private ResponseEntity<Map> submitStartForm(String user, Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/process-definition/key/zvh-casus/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), Map.class);
    }

    @Test
    @DisplayName("a referral through the Tasklist start form is registered like one over the API")
    void startFormReferral() {
        String naam = Fixture.uniek("Jansen ");
        ResponseEntity<Map> response = submitStartForm("gemeente1", Map.of(
                "leden", Map.of("type", "Json", "value", """
                        [{"naam":"%s","geboortedatum":"1990-07-01","rol":"SLACHTOFFER","tolkNodig":false},
                         {"naam":"Kind %s","leeftijd":3,"rol":"KIND"}]""".formatted(naam, naam)),
                "leefgebieden", Map.of("type", "Json", "value", "[\"HUISVESTING\",\"FINANCIEN\"]"),
                "geweldHoofdreden", Map.of("value", false),
                "patroonJaren", Map.of("value", 1, "type", "Long"),
                "analyse", Map.of("value", "Zorgen over de kinderen")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId((String) response.getBody().get("id")).singleResult();
        assertThat(instance.getBusinessKey()).matches("ZVH-\\d{4}-\\d{6}");
        assertThat(instance.getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry("aanmelderGroep", "gemeente")
                .containsEntry("aantalLeefgebieden", 2).containsEntry("kinderenBetrokken", true)
                .containsEntry("adviesAanpak", "REGULIER").doesNotContainKeys("leden", "analyse", "leefgebieden");
        assertThat(jdbc.sql("select count(*) from casus where nummer = :n").param("n", instance.getBusinessKey())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("an invalid start form is refused with the field, and nothing is stored or started")
    void invalidStartForm() {
        long casussen = count("casus");
        long instances = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<Map> response = submitStartForm("politie1", Map.of(
                "leden", Map.of("type", "Json", "value", "[{\"naam\":\"\",\"rol\":\"KIND\"}]")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).isEqualTo("Lid 1, Naam: is verplicht");
        assertThat(count("casus")).isEqualTo(casussen);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    @DisplayName("a start over the engine REST API cannot pick another house or take over an existing case")
    void startCannotChooseHouseOrCase() {
        String bestaand = (String) post("politie1", referral(Fixture.uniek("Bestaand "))).getBody().get("casusnummer");
        long bestaandId = jdbc.sql("select id from casus where nummer = :n").param("n", bestaand).query(Long.class).single();
        var leden = Map.of("type", "Json", "value", "[{\"naam\":\"%s\",\"rol\":\"KIND\"}]".formatted(Fixture.uniek("Kind ")));

        ResponseEntity<Map> anderHuis = submitStartForm("politie1", Map.of("leden", leden, "huis", Map.of("value", "anderhuis")));
        assertThat(anderHuis.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId((String) anderHuis.getBody().get("id"))
                .singleResult().getTenantId()).isEqualTo(Fixture.HUIS);

        long instances = runtimeService.createProcessInstanceQuery().count();
        ResponseEntity<Map> overname = submitStartForm("politie1", Map.of("leden", leden,
                "casusId", Map.of("value", bestaandId, "type", "Long")));
        assertThat(overname.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) overname.getBody().get("message")).contains("Deze casus hoort niet bij dit proces");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    @DisplayName("referring needs a login, and a partner role")
    void authenticationRequired() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.postForEntity("/api/aanmeldingen", new HttpEntity<>(referral("X"), headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A wrong password delays that user's next logins (the engine's throttling): use a user no other test needs.
        assertThat(http.withBasicAuth("halt1", "fout").postForEntity("/api/aanmeldingen",
                new HttpEntity<>(referral("X"), headers), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("supervisor1", referral("X")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
