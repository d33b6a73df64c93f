package nl.casusregie.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.StreamSupport;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading an agenda over HTTP, on today's clock in the demo house: who reads it, what a session
 * and an item show, and what a supervisor does not see. (Other houses: AuthorizationMatrixTest.)
 */
@CasusregieTest
class AgendaApiTest {

    @Autowired TestRestTemplate http;
    @Autowired AgendaService agenda;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    private final String nieuw = Fixture.uniek("ZSM-");
    private final String terug = Fixture.uniek("ZSM-");
    private final String toelichting = Fixture.uniek("Wacht op de verklaring van de huisarts ");

    @BeforeEach
    void opDeAgenda() {
        agenda.zetOpAgenda(Tafel.ZSM_VERDIEPING, Fixture.HUIS, nieuw, null);
        agenda.zetOpAgenda(Tafel.ZSM_VERDIEPING, Fixture.HUIS, terug, null);
        agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, Fixture.HUIS, terug, TerugkeerReden.INFORMATIE_ONTBREEKT, toelichting);
    }

    private ResponseEntity<String> lees(String user, String pad) {
        return http.withBasicAuth(user, "demo").getForEntity(pad, String.class);
    }

    private JsonNode agendaVan(String user) throws Exception {
        ResponseEntity<String> response = lees(user, "/api/agenda/zsm-verdieping");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode punt(JsonNode agenda, String referentie) {
        // Returned here before its first session was held, the case also shows there, as discussed.
        return StreamSupport.stream(agenda.path("sessies").spliterator(), false)
                .flatMap(s -> StreamSupport.stream(s.path("punten").spliterator(), false))
                .filter(p -> p.path("referentie").asText().equals(referentie) && p.path("status").asText().equals("GEAGENDEERD"))
                .findFirst().orElseThrow(() -> new AssertionError(referentie + " niet op de agenda"));
    }

    @Test
    @DisplayName("a partner at the table reads sessions with their places and each case's reference, returns and reasons")
    void partnerReads() throws Exception {
        JsonNode agenda = agendaVan("halt1");
        assertThat(agenda.path("tafel").asText()).isEqualTo("zsm-verdieping");
        assertThat(agenda.path("naam").asText()).isEqualTo("ZSM-verdiepingsoverleg");
        assertThat(agenda.path("maxCasussen").asInt()).isEqualTo(3);
        assertThat(agenda.path("agendaSluitVoor").asText()).isEqualTo("PT24H");
        assertThat(agenda.path("afgeschermd").asBoolean()).isFalse();
        JsonNode sessie = agenda.path("sessies").get(0);
        assertThat(sessie.path("wanneer").asText()).matches("(dinsdag|vrijdag) \\d{1,2} \\p{L}+ \\d{4}, 13:30");
        assertThat(sessie.path("maxCasussen").asInt()).isEqualTo(3);
        assertThat(agenda.path("sessies").size()).as("four weeks of two sessions, at least").isGreaterThanOrEqualTo(8);
        for (JsonNode s : agenda.path("sessies")) {
            assertThat(s.path("bezet").asInt()).isLessThanOrEqualTo(3).isEqualTo(s.path("punten").size());
        }
        JsonNode eerste = punt(agenda, nieuw);
        assertThat(eerste.path("terug").asBoolean()).isFalse();
        assertThat(eerste.path("keerTerug").asInt()).isZero();
        assertThat(eerste.path("status").asText()).isEqualTo("GEAGENDEERD");
        JsonNode terugGezet = punt(agenda, terug);
        assertThat(terugGezet.path("terug").asBoolean()).isTrue();
        assertThat(terugGezet.path("keerTerug").asInt()).isEqualTo(1);
        JsonNode reden = terugGezet.path("redenen").get(0);
        assertThat(reden.path("reden").asText()).isEqualTo("INFORMATIE_ONTBREEKT");
        assertThat(reden.path("omschrijving").asText()).isEqualTo("Informatie ontbreekt");
        assertThat(reden.path("toelichting").asText()).isEqualTo(toelichting);
    }

    @Test
    @DisplayName("the procesregisseur reads it in full; a supervisor without the explanations")
    void chairAndSupervisor() throws Exception {
        assertThat(punt(agendaVan("procesregisseur1"), terug).path("redenen").get(0).path("toelichting").asText())
                .isEqualTo(toelichting);
        JsonNode agenda = agendaVan("supervisor1");
        assertThat(agenda.path("afgeschermd").asBoolean()).isTrue();
        JsonNode reden = punt(agenda, terug).path("redenen").get(0);
        assertThat(reden.path("reden").asText()).isEqualTo("INFORMATIE_ONTBREEKT");
        assertThat(reden.has("toelichting")).isFalse();
        assertThat(agenda.toString()).doesNotContain(toelichting);
    }

    @Test
    @DisplayName("who does not sit at the table gets 403 in Dutch; an unknown table 404; a wrong horizon 400")
    void refused() {
        ResponseEntity<String> gemeente = lees("gemeente1", "/api/agenda/zsm-verdieping");
        assertThat(gemeente.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(gemeente.getBody()).contains("Alleen wie aan het ZSM-verdiepingsoverleg zit, leest de agenda ervan.")
                .doesNotContain(nieuw);
        assertThat(lees("procesbeheerder1", "/api/agenda/zsm-verdieping").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(lees("halt1", "/api/agenda/actie-overleg").getStatusCode()).as("Halt is not at the Actie-Overleg")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(lees("politie1", "/api/agenda/actie-overleg").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lees("om1", "/api/agenda/weegoverleg").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> weken = lees("om1", "/api/agenda/zsm-verdieping?weken=27");
        assertThat(weken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weken.getBody()).contains("Weken: kies 1 tot en met 26.");
        assertThat(http.getForEntity("/api/agenda/zsm-verdieping", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("reading is recorded in the audit log, with how much was read")
    void audited() {
        long voor = jdbc.sql("select count(*) from audit_log where actie = 'AGENDA_GELEZEN' and gebruiker = 'supervisor1' "
                + "and details = 'zsm-verdieping, ZONDER_PERSOONSGEGEVENS'").query(Long.class).single();
        lees("supervisor1", "/api/agenda/zsm-verdieping");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'AGENDA_GELEZEN' and gebruiker = 'supervisor1' "
                + "and details = 'zsm-verdieping, ZONDER_PERSOONSGEGEVENS'").query(Long.class).single()).isEqualTo(voor + 1);
    }
}
