package nl.casusregie.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.casusregie.platform.PersonalDataHistoryLevel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One case from referral to the end of aftercare, over HTTP only, as the demo users work it:
 * a referral posted by the police, triage by the procesregisseur with the DMN advice, case
 * direction, three focus meeting rounds through the phases, closing plan, aftercare.
 * Runs on H2 and on PostgreSQL (see the subclasses).
 */
abstract class CaseScenario {

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired PersonalDataHistoryLevel personalData;

    @Test
    @DisplayName("a referral posted over HTTP is worked through the forms to the end of aftercare")
    void referralToAftercare() {
        TasklistClient tasklist = new TasklistClient(http);
        String nummer = refer();

        var triage = tasklist.openTask("procesregisseur1", nummer, "Triagebesluit nemen");
        assertThat(tasklist.formVariable("procesregisseur1", triage, "adviesAanpak")).containsEntry("value", "MDA++");
        assertThat(tasklist.formVariable("procesregisseur1", triage, "eerdereCasussen")).containsEntry("value", "geen");
        assertThat(tasklist.tasks("politie1", nummer)).as("the police does not see the triage task").isEmpty();
        assertThat(tasklist.submitRefused("procesregisseur1", triage, Map.of("aanpak", "MDA++")))
                .contains("\"message\":\"Reden van het besluit").doesNotContain("Cannot", "triageReden");
        tasklist.submit("procesregisseur1", triage, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));

        tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Casusregie toewijzen"),
                Map.of("casusregisseur", "casusregisseur1", "casusregieReden", "Kent het gezin al"));

        for (String[] ronde : new String[][] {{"3", "2", "VOLGENDE"}, {"2", "4", "VOLGENDE"}, {"8", "9", "AFSLUITEN"}}) {
            tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Overleg voorbereiden met cliënten"),
                    Map.of("wensenClienten", "Duidelijkheid over de omgang", "deelnameClienten", "NEE"));
            tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Focusoverleg voeren en vastleggen"),
                    Map.of("clientenAanwezig", false, "beeldvorming", "Topzorg: escalatie bij overdracht", "nieuweZorgen", false,
                            // the form's rows, as Tasklist submits them: filled rows and a row left empty
                            "score1", "{\"deelnemer\":\"politie\",\"score\":%s}".formatted(ronde[0]),
                            "score2", "{\"deelnemer\":\"veiligthuis\",\"score\":%s,\"toelichting\":\"\"}".formatted(ronde[1]),
                            "score3", "{\"deelnemer\":\"\",\"score\":null}",
                            "afspraak1", "{\"partner\":\"veiligthuis\",\"wat\":\"Veiligheidsplan bespreken\",\"deadline\":\"%s\",\"waarom\":\"Afspraken over overdracht ontbreken\"}"
                                    .formatted(LocalDate.now().plusDays(10))));
            tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Cliënten terugkoppeling geven"),
                    Map.of("nabespreking", "Telefonisch teruggekoppeld"));
            var vervolg = tasklist.openTask("procesregisseur1", nummer, "Vervolg besluiten");
            assertThat(tasklist.formVariable("procesregisseur1", vervolg, "adviesOvergang")).containsEntry("value", ronde[2]);
            tasklist.submit("procesregisseur1", vervolg, Map.of("overgang", ronde[2]));
        }

        tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Afsluitplan opstellen"),
                Map.of("afsluitplan", "Bij terugval belt school de casusregisseur; Veilig Thuis monitort een jaar."));
        tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Afsluitplan goedkeuren"),
                Map.of("afsluitplanGoedgekeurd", true));
        assertThat(stand("procesregisseur1", nummer)).containsEntry("status", "NAZORG").containsEntry("fase", 3);

        // Three months later the job executor fires the aftercare timer.
        String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("zvh-casus").singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
        managementService.executeJob(timer.getId());

        tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Nazorg: signalen nagaan"),
                Map.of("nieuweSignalen", false, "nazorgToelichting", "School en wijkteam: geen nieuwe signalen"));

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("zvh-casus").finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("focusoverleg").finished().count()).isEqualTo(3);
        assertThat(stand("supervisor1", nummer)).containsEntry("status", "BEEINDIGD");

        // What people wrote about the household stayed out of the engine's history.
        assertThat(personalData.personalVariables()).contains("beeldvorming", "afsluitplan", "leden", "analyse");
        var history = historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceId);
        assertThat(history.variableNameIn(personalData.personalVariables().toArray(String[]::new)).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().variableName("beeldvorming").count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceId)
                .variableName("aanpak").singleResult().getValue()).isEqualTo("MDA++");
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).formFields().count()).isZero();
    }

    private String refer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String naam = "Scenario " + java.util.UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<Map> response = http.withBasicAuth("politie1", TasklistClient.PASSWORD).postForEntity("/api/aanmeldingen",
                new HttpEntity<>("""
                        {"leden": [{"naam": "%s", "leeftijd": 44, "rol": "MOGELIJKE_PLEGER"},
                                   {"naam": "Partner van %s", "leeftijd": 39, "rol": "SLACHTOFFER", "taal": "Turks", "tolkNodig": true},
                                   {"naam": "Kind van %s", "leeftijd": 6, "rol": "KIND"}],
                         "geweldsvormen": ["FYSIEK", "PSYCHISCH", "GETUIGE_VAN_GEWELD"], "geweldHoofdreden": true,
                         "patroonJaren": 6, "leefgebieden": ["FINANCIEN", "HUISVESTING", "OPVOEDING_OPGROEIEN", "VERSLAVING"],
                         "analyse": "Jarenlang patroon, meerdere hulpverleners, geen gezamenlijk plan", "clientenGeinformeerd": true}"""
                        .formatted(naam, naam, naam), headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("casusnummer");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stand(String user, String nummer) {
        return http.withBasicAuth(user, TasklistClient.PASSWORD).getForObject("/api/casussen/{nummer}", Map.class, nummer);
    }
}
