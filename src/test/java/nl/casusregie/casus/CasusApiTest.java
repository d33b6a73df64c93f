package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The case endpoints over HTTP: where a case stands, and handing case direction over. */
@CasusregieTest
class CasusApiTest {

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired CasusService casusService;
    @Autowired CasusRepository casussen;
    @Autowired TaskService taskService;

    private String caseWithDirector() {
        var instance = fixture.meldAan(Fixture.aanmelding(true, 4, 4, false, Fixture.uniek("Api")));
        long id = casussen.findByNummer(Fixture.HUIS, instance.getBusinessKey()).orElseThrow().id();
        casusService.wijsCasusregieToe(id, "casusregisseur1", null, "test");
        return instance.getBusinessKey();
    }

    @Test
    @DisplayName("the procesregisseur reports that case direction ended and gets the task to appoint a successor")
    void handOver() {
        String nummer = caseWithDirector();

        var response = http.withBasicAuth("procesregisseur1", "demo")
                .postForEntity("/api/casussen/{n}/casusregie-beeindigd", null, String.class, nummer);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.CASUSREGIE_OVERDRAGEN).taskCandidateGroup("procesregisseur").count())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("only the procesregisseur may hand case direction over, and only for a case of their house")
    void handOverIsGuarded() {
        String nummer = caseWithDirector();

        assertThat(http.withBasicAuth("politie1", "demo")
                .postForEntity("/api/casussen/{n}/casusregie-beeindigd", null, String.class, nummer)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("procesregisseur1", "demo")
                .postForEntity("/api/casussen/{n}/casusregie-beeindigd", null, String.class, "ZVH-1999-000001")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey(ZvhCasus.Element.CASUSREGIE_OVERDRAGEN).count()).isZero();
    }

    @Test
    @DisplayName("where a case stands, without personal data")
    @SuppressWarnings("unchecked")
    void stand() {
        String nummer = caseWithDirector();
        Map<String, Object> stand = http.withBasicAuth("supervisor1", "demo").getForObject("/api/casussen/{n}", Map.class, nummer);
        assertThat(stand).containsEntry("nummer", nummer).containsEntry("status", "LOPEND")
                .containsEntry("casusregisseur", "casusregisseur1").containsEntry("fase", 1);
        assertThat(stand.keySet()).doesNotContain("leden", "analyse");
    }

    @Test
    @DisplayName("the case-director choice offers the house's case directors by name, read at form load and never stored")
    @SuppressWarnings("unchecked")
    void caseDirectorOptions() throws Exception {
        var casus = fixture.meldAan(Fixture.aanmelding(true, 4, 4, false, Fixture.uniek("Opties")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        String taskId = taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey(ZvhCasus.Element.CASUSREGIE_TOEWIJZEN).singleResult().getId();

        Map<String, Map<String, Object>> variables = http.withBasicAuth("procesregisseur1", "demo")
                .getForObject("/engine-rest/task/{id}/form-variables", Map.class, taskId);

        Map<String, Object> opties = variables.get(ZvhCasus.CASUSREGISSEUR_OPTIES);
        assertThat(opties).containsEntry("type", "Json");
        assertThat(new ObjectMapper().readValue((String) opties.get("value"), List.class)).containsExactly(
                Map.of("label", "Sanne de Boer", "value", "casusregisseur1"),
                Map.of("label", "Youssef El Amrani", "value", "casusregisseur2"));
        assertThat(fixture.as("procesregisseur1", () -> taskService.getVariables(taskId)))
                .doesNotContainKey(ZvhCasus.CASUSREGISSEUR_OPTIES);
        // Who may not see the task gets the engine's refusal, not the list.
        assertThat(http.withBasicAuth("politie1", "demo")
                .getForEntity("/engine-rest/task/{id}/form-variables", String.class, taskId).getBody())
                .doesNotContain("casusregisseur1");
    }
}
