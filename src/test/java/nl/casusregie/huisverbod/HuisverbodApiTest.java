package nl.casusregie.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
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

/** The mayor's office registers and lifts orders over HTTP: Dutch refusals naming the field, only gemeente, audited. */
@CasusregieTest
class HuisverbodApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Fixture fixture;

    private final String opgelegdOp = LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
    }

    private String huisverbod(String opgelegd, String naam, String extra) {
        return """
                {"opgelegdOp": "%s", "uithuisgeplaatste": {"naam": "%s", "geboortedatum": "1975-03-02"},
                 "achterblijvers": [{"naam": "Eva %s"}]%s}""".formatted(opgelegd, naam, naam, extra);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fouten(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (Map<String, String>) response.getBody().get("fouten");
    }

    @Test
    @DisplayName("registered: 201 with the order's number, its case, when it ends and whether a referral started; audited")
    void registered() {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> response = post("gemeente1", "/api/huisverboden", huisverbod(opgelegdOp, Fixture.uniek("Bakker "), ""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number id = (Number) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/huisverboden/" + id);
        assertThat(response.getBody()).containsOnlyKeys("id", "casusnummer", "eindigtOp", "aanmeldingGestart")
                .containsEntry("aanmeldingGestart", true)
                .containsEntry("eindigtOp", LocalDateTime.parse(opgelegdOp).plusDays(10).toString() + ":00");
        assertThat(jdbc.sql("select gebruiker, huis, details from audit_log where actie = 'HUISVERBOD_OPGELEGD' and details like :d")
                .param("d", "huisverbod " + id + ",%").query().singleRow())
                .containsEntry("GEBRUIKER", "gemeente1").containsEntry("HUIS", Fixture.HUIS);
    }

    @Test
    @DisplayName("bad input is refused in Dutch naming each field as the mayor's office knows it, and nothing is stored or started")
    void badInputRefused() {
        long orders = count("huisverbod");
        long cases = count("casus");
        String json = """
                {"uithuisgeplaatste": {"naam": " "},
                 "achterblijvers": [{"naam": "Eva", "geboortedatum": "%s"}, {"naam": ""}]}""".formatted(LocalDate.now().plusDays(3));

        assertThat(fouten(post("gemeente1", "/api/huisverboden", json)))
                .containsEntry("opgelegdOp", "Opgelegd op: is verplicht: wanneer legde de burgemeester het huisverbod op?")
                .containsEntry("uithuisgeplaatste.naam", "Uithuisgeplaatste, Naam: is verplicht")
                .containsEntry("achterblijvers[0].geboortedatum", "Achterblijver 1, Geboortedatum: ligt in de toekomst")
                .containsEntry("achterblijvers[1].naam", "Achterblijver 2, Naam: is verplicht")
                .hasSize(4);
        assertThat(fouten(post("gemeente1", "/api/huisverboden", huisverbod(LocalDateTime.now().plusHours(1).toString(), "Jan", ""))))
                .containsExactly(Map.entry("opgelegdOp", "Opgelegd op: ligt in de toekomst"));
        assertThat(fouten(post("gemeente1", "/api/huisverboden", huisverbod(LocalDateTime.now().minusDays(10).toString(), "Jan", ""))))
                .containsExactly(Map.entry("opgelegdOp", "Opgelegd op: ligt 10 dagen of langer terug: het huisverbod is dan al afgelopen"));
        assertThat(fouten(post("gemeente1", "/api/huisverboden", huisverbod(opgelegdOp, "Jan", ", \"casusnummer\": \"ZVH-1999-999999\""))))
                .containsExactly(Map.entry("casusnummer", "Casusnummer: geen casus met dit nummer in uw Zorg- en Veiligheidshuis"));
        String acht = "[" + "{\"naam\": \"Kind\"},".repeat(7) + "{\"naam\": \"Kind\"}]";
        assertThat(fouten(post("gemeente1", "/api/huisverboden",
                "{\"opgelegdOp\": \"" + opgelegdOp + "\", \"uithuisgeplaatste\": {\"naam\": \"Jan\"}, \"achterblijvers\": " + acht + "}")))
                .containsExactly(Map.entry("achterblijvers", "Achterblijvers: noem ten hoogste 7 achterblijvers"));

        assertThat(count("huisverbod")).isEqualTo(orders);
        assertThat(count("casus")).as("no referral either").isEqualTo(cases);
    }

    @Test
    @DisplayName("JSON that does not fit is refused naming the field in Dutch: a name as a number, a moment that is not one, an unknown field")
    void jsonThatDoesNotFit() {
        long orders = count("huisverbod");
        assertThat(fouten(post("gemeente1", "/api/huisverboden", huisverbod("gisteren", "Jan", ""))))
                .containsExactly(Map.entry("opgelegdOp", "Opgelegd op: verwacht een datum en tijd (JJJJ-MM-DDTUU:MM)"));
        assertThat(fouten(post("gemeente1", "/api/huisverboden",
                "{\"opgelegdOp\": \"" + opgelegdOp + "\", \"uithuisgeplaatste\": {\"naam\": 12345}}")))
                .containsExactly(Map.entry("uithuisgeplaatste.naam", "Uithuisgeplaatste, Naam: verwacht tekst"));
        assertThat(fouten(post("gemeente1", "/api/huisverboden", huisverbod(opgelegdOp, "Jan", ", \"rol\": \"PLEGER\""))))
                .containsExactly(Map.entry("rol", "rol: onbekend veld"));
        assertThat(fouten(post("gemeente1", "/api/huisverboden", "{\"opgelegdOp\": \"" + opgelegdOp + "\", \"opgelegdOp\": \"x\"}")))
                .containsOnlyKeys("body");
        assertThat(count("huisverbod")).isEqualTo(orders);
    }

    @Test
    @DisplayName("the same order registered twice for a case is refused the second time")
    void sameOrderTwice() {
        String naam = Fixture.uniek("Dubbel ");
        String casusnummer = (String) post("gemeente1", "/api/huisverboden", huisverbod(opgelegdOp, naam, "")).getBody().get("casusnummer");

        assertThat(fouten(post("gemeente1", "/api/huisverboden",
                huisverbod(opgelegdOp, naam, ", \"casusnummer\": \"" + casusnummer + "\""))))
                .containsExactly(Map.entry("opgelegdOp", "Opgelegd op: voor deze casus loopt al een huisverbod dat op dit moment is opgelegd"));
    }

    @Test
    @DisplayName("only the municipality registers or lifts an order (403 for other groups, 401 without login); an order of another number is 404")
    void onlyGemeente() {
        long orders = count("huisverbod");
        for (String user : new String[] {"politie1", "veiligthuis1", "procesregisseur1", "supervisor1"}) {
            @SuppressWarnings("rawtypes")
            ResponseEntity<Map> response = post(user, "/api/huisverboden", huisverbod(opgelegdOp, Fixture.uniek("Niet "), ""));
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody().get("detail")).isEqualTo("Alleen de gemeente registreert en beëindigt een huisverbod.");
        }
        assertThat(post(null, "/api/huisverboden", huisverbod(opgelegdOp, "Jan", "")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(count("huisverbod")).isEqualTo(orders);

        Number id = (Number) post("gemeente1", "/api/huisverboden", huisverbod(opgelegdOp, Fixture.uniek("Wel "), "")).getBody().get("id");
        assertThat(post("politie1", "/api/huisverboden/" + id + "/intrekking", "{\"reden\": \"Anders\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("gemeente1", "/api/huisverboden/999999999/intrekking", "{\"reden\": \"Anders\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select status from huisverbod where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("LOPEND");
    }

    @Test
    @DisplayName("the OpenAPI description holds both endpoints")
    void openApi() {
        String docs = http.getForObject("/api-docs", String.class);
        assertThat(docs).contains("/api/huisverboden", "/api/huisverboden/{id}/intrekking", "Huisverbod opgelegd",
                "Huisverbod ingetrokken", "\"HuisverbodRequest\"", "achterblijvers", "IntrekkingRequest");
    }
}
