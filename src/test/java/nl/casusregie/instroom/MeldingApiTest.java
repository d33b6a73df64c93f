package nl.casusregie.instroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/meldingen and GET /api/meldingen/{nummer}: who may enter and read a report, and what a refusal says. */
@CasusregieTest
class MeldingApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired TaskService taskService;
    @Autowired Fixture fixture;

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> voerIn(String user, Map<String, Object> melding) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/meldingen", melding, Map.class);
    }

    private ResponseEntity<String> lees(String user, String nummer) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/meldingen/" + nummer, String.class);
    }

    private long meldingen() {
        return jdbc.sql("select count(*) from melding").query(Long.class).single();
    }

    @Test
    @DisplayName("only police and Veilig Thuis enter a report; others get 403 and nothing is stored")
    void alleenPolitieEnVeiligThuis() {
        long voor = meldingen();
        for (String user : List.of("om1", "gemeente1", "procesregisseur1", "supervisor1")) {
            assertThat(voerIn(user, MeldingInstroomProcessTest.melding(Fixture.uniek("Rol"), "POLITIE")).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(meldingen()).isEqualTo(voor);
    }

    @Test
    @DisplayName("a missing fact is refused with the form's label, so the table never falls through to a slower table")
    void ontbrekendFeit() {
        long voor = meldingen();
        Map<String, Object> melding = new HashMap<>(MeldingInstroomProcessTest.melding(Fixture.uniek("Feit"), "POLITIE"));
        melding.remove("stalking");
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = voerIn("politie1", melding);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(antwoord.getBody())).contains("Stalking: kies ja of nee");
        assertThat(meldingen()).isEqualTo(voor);
    }

    @Test
    @DisplayName("the answer names the report and the advice; the report is read by the reporter's group only, until a joint route")
    void lezen() {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = voerIn("politie1",
                MeldingInstroomProcessTest.met(MeldingInstroomProcessTest.melding(Fixture.uniek("Lees"), "POLITIE"), "letselKind"));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String nummer = (String) antwoord.getBody().get("nummer");
        assertThat(antwoord.getHeaders().getLocation()).hasPath("/api/meldingen/" + nummer);
        assertThat(String.valueOf(antwoord.getBody().get("advies"))).contains("STRAFBARE_KINDERMISHANDELING");

        assertThat(lees("politie1", nummer).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lees("politie1", nummer).getBody()).contains("blauw oog").contains("\"afgeweken\":false");
        for (String user : List.of("veiligthuis1", "rvdk1", "om1", "gemeente1", "supervisor1")) {
            assertThat(lees(user, nummer).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
        }

        String instantie = jdbc.sql("select proces_instantie_id from melding where nummer = :n").param("n", nummer)
                .query(String.class).single();
        fixture.complete("politie1", taskService.createTaskQuery().processInstanceId(instantie).singleResult(),
                Map.of("gekozenRoute", "STRAFBARE_KINDERMISHANDELING"));
        for (String user : List.of("veiligthuis1", "rvdk1", "om1")) {
            assertThat(lees(user, nummer).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(lees("gemeente1", nummer).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'MELDING_GELEZEN' and details = :n").param("n", nummer)
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("an override shows in the report with its reason")
    void afwijkingZichtbaar() {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = voerIn("veiligthuis1",
                MeldingInstroomProcessTest.met(MeldingInstroomProcessTest.melding(Fixture.uniek("Afwijking"), "VEILIG_THUIS"),
                        "stalking"));
        String nummer = (String) antwoord.getBody().get("nummer");
        String instantie = jdbc.sql("select proces_instantie_id from melding where nummer = :n").param("n", nummer)
                .query(String.class).single();
        fixture.complete("veiligthuis1", taskService.createTaskQuery().processInstanceId(instantie).singleResult(),
                Map.of("gekozenRoute", "ZSM_VEILIG_THUIS", "afwijkReden", "Verdachte is vanochtend toch aangehouden"));
        String body = lees("veiligthuis1", nummer).getBody();
        assertThat(body).contains("\"afgeweken\":true").contains("Verdachte is vanochtend toch aangehouden")
                .contains("\"soort\":\"ZSM_VERDIEPING\"").contains("Actie-Overleg van Veilig Thuis, politie en OM");
    }
}
