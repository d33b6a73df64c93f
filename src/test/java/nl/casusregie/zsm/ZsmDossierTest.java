package nl.casusregie.zsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Tafel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ZSM case's records: the groups at the table read everything, returns with their reasons and
 * explanations included; a supervisor reads who decided what and when without what was written
 * about people; the procesregisseur only once the case was referred to the house; others get 404.
 */
@CasusregieTest
class ZsmDossierTest {

    @Autowired Fixture fixture;
    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AgendaService agenda;
    @Autowired JdbcClient jdbc;

    private static final String REDEN = "Vader slaat, kind van negen zegt niets";

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> dossier(String user, String nummer) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/zsm-verdiepingen/" + nummer, Map.class);
    }

    /** A case put forward by the police, returned once ("Huisarts nog niet gesproken"), then referred to the house. */
    private ProcessInstance teruggezetEnVerwezen(boolean verwijzen) {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> ingebracht = http.withBasicAuth("politie1", "demo").postForEntity("/api/zsm-verdiepingen",
                ZsmVerdiepingProcessTest.inbreng(Fixture.uniek("Dossier"), LocalDate.now().minusYears(9)), Map.class);
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) ingebracht.getBody().get("nummer")).singleResult();
        sessie(zaak, Map.of("terugkeerReden", "INFORMATIE_ONTBREEKT", "besluitToelichting", "Huisarts nog niet gesproken"),
                "TERUG_OP_AGENDA");
        if (verwijzen) {
            sessie(zaak, Map.of(), "AANMELDING_ZVH");
        }
        return zaak;
    }

    private void sessie(ProcessInstance zaak, Map<String, Object> extra, String besluit) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(zaak.getId())
                .activityId(ZsmVerdieping.Element.SESSIE_BEGINT).singleResult().getId());
        Task sessie = taskService.createTaskQuery().processInstanceId(zaak.getId())
                .taskDefinitionKey(ZsmVerdieping.Element.VERDIEPINGSOVERLEG).singleResult();
        Map<String, Object> vars = new HashMap<>(extra);
        vars.put("regiehouder", "rvdk");
        vars.put("interpretatie", "Samen gezien: kind onveilig");
        vars.put("officierBesluit", besluit);
        fixture.complete("om1", sessie, vars);
    }

    @Test
    @DisplayName("the groups at the table read the records in full, with each return's reason and explanation")
    void aanTafelVolledig() {
        ProcessInstance zaak = teruggezetEnVerwezen(false);
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = dossier("halt1", zaak.getBusinessKey());
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody()).containsEntry("leesrecht", "VOLLEDIG");
        assertThat((String) antwoord.getBody().get("reden")).contains(REDEN);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> agendering = (List<Map<String, Object>>) antwoord.getBody().get("agenda");
        assertThat(agendering).hasSize(2);
        assertThat(agendering.get(1)).containsEntry("reden", "INFORMATIE_ONTBREEKT")
                .containsEntry("toelichting", "Huisarts nog niet gesproken").containsEntry("terugkeer", 1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'ZSM_DOSSIER_GELEZEN' and details like :n")
                .param("n", zaak.getBusinessKey() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("a supervisor reads returns and decisions without the reason, explanations, people or interpretation")
    void leidinggevendeZonderPersoonsgegevens() {
        ProcessInstance zaak = teruggezetEnVerwezen(false);
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = dossier("supervisor1", zaak.getBusinessKey());
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody()).containsEntry("leesrecht", "ZONDER_PERSOONSGEGEVENS").containsEntry("reden", null);
        assertThat(String.valueOf(antwoord.getBody())).doesNotContain(REDEN).doesNotContain("Huisarts")
                .doesNotContain("kind onveilig").doesNotContain("Sam ").contains("INFORMATIE_ONTBREEKT")
                .contains("TERUG_OP_AGENDA");
    }

    @Test
    @DisplayName("the procesregisseur reads the records once the case was referred to the house; others never")
    void procesregisseurNaVerwijzing() {
        ProcessInstance zaak = teruggezetEnVerwezen(false);
        assertThat(dossier("procesregisseur1", zaak.getBusinessKey()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(dossier("gemeente1", zaak.getBusinessKey()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(dossier("casusregisseur1", zaak.getBusinessKey()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ProcessInstance verwezen = teruggezetEnVerwezen(true);
        assertThat(dossier("procesregisseur1", verwezen.getBusinessKey()).getBody()).containsEntry("leesrecht", "VOLLEDIG");
        assertThat(agenda.openPunt(Tafel.ZSM_VERDIEPING, Fixture.HUIS, verwezen.getBusinessKey())).isEmpty();
    }

    @Test
    @DisplayName("the case a ZSM referral started shows in its file where it came from: number, date, decision and the officer's explanation, not the table's records")
    void herkomstInHetDossierVanDeCasus() {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> ingebracht = http.withBasicAuth("politie1", "demo").postForEntity("/api/zsm-verdiepingen",
                ZsmVerdiepingProcessTest.inbreng(Fixture.uniek("Herkomst"), LocalDate.now().minusYears(9)), Map.class);
        ProcessInstance zaak = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) ingebracht.getBody().get("nummer")).singleResult();
        Task bijdrage = taskService.createTaskQuery().processInstanceId(zaak.getId()).taskCandidateGroup("politie").singleResult();
        fixture.complete("politie1", bijdrage, Map.of("grondslag", "WETTELIJKE_TAAK", "informatie", "Politiebijdrage-H5 drie meldingen"));
        sessie(zaak, Map.of("besluitToelichting", "Voor de procesregisseur-H5: vader wil hulp, start snel"), "AANMELDING_ZVH");
        String casusnummer = jdbc.sql("select b.zvh_casusnummer from zsm_bespreking b join zsm_zaak z on z.id = b.zaak_id"
                + " where z.nummer = :n").param("n", zaak.getBusinessKey()).query(String.class).single();

        ResponseEntity<String> procesregisseur = http.withBasicAuth("procesregisseur1", "demo")
                .getForEntity("/api/casussen/" + casusnummer + "/dossier", String.class);
        assertThat(procesregisseur.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(procesregisseur.getBody()).contains("\"vanZsm\":[{\"zsmnummer\":\"" + zaak.getBusinessKey() + "\"")
                .contains("\"besluit\":\"AANMELDING_ZVH\"").contains("Voor de procesregisseur-H5: vader wil hulp, start snel")
                .doesNotContain("Politiebijdrage-H5").doesNotContain("Samen gezien").doesNotContain(REDEN)
                .doesNotContain("Is een strafrechtelijke aanpak goed");
        ResponseEntity<String> supervisor = http.withBasicAuth("supervisor1", "demo")
                .getForEntity("/api/casussen/" + casusnummer + "/dossier", String.class);
        assertThat(supervisor.getBody()).contains(zaak.getBusinessKey()).doesNotContain("Voor de procesregisseur-H5");
    }
}
