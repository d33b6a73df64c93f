package nl.casusregie.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
@ExtendWith(OutputCaptureExtension.class)
abstract class CaseScenario {

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired RoutingFacts routingFacts;
    @Autowired DataSource dataSource;

    /** In every text people write in this case: it must end up in the project's tables only. */
    private final String marker = "MARKER" + java.util.UUID.randomUUID().toString().replace("-", "");

    private String tekst(String tekst) {
        return tekst + " " + marker;
    }

    @Test
    @DisplayName("a referral posted over HTTP is worked through the forms to the end of aftercare; what people wrote stays out of the engine")
    void referralToAftercare(CapturedOutput log) throws Exception {
        TasklistClient tasklist = new TasklistClient(http);
        String nummer = refer();

        var triage = tasklist.openTask("procesregisseur1", nummer, "Triagebesluit nemen");
        assertThat(tasklist.formVariable("procesregisseur1", triage, "adviesAanpak")).containsEntry("value", "MDA++");
        assertThat(tasklist.formVariable("procesregisseur1", triage, "eerdereCasussen")).containsEntry("value", "geen");
        assertThat(tasklist.tasks("politie1", nummer)).as("the police does not see the triage task").isEmpty();
        assertThat(tasklist.submitRefused("procesregisseur1", triage, Map.of("aanpak", "MDA++")))
                .contains("\"message\":\"Reden van het besluit").doesNotContain("Cannot", "triageReden");
        // An extra field the form does not have is input too: it leaves the engine like the others.
        tasklist.submit("procesregisseur1", triage, Map.of("aanpak", "MDA++", "triageReden", tekst("Zoals geadviseerd"),
                "eigenNotitie", tekst("Niet in het formulier")));

        // The referrer's group reads the outcome, with the reason from the project's tables.
        var uitkomst = tasklist.openTask("politie1", nummer, "Triage-uitkomst bekijken");
        assertThat(tasklist.formVariable("politie1", uitkomst, "triageUitkomst")).containsEntry("value", "MDA++");
        assertThat(tasklist.formVariable("politie1", uitkomst, "triageReden")).containsEntry("value", tekst("Zoals geadviseerd"));
        tasklist.submit("politie1", uitkomst, Map.of());

        tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Casusregie toewijzen"),
                Map.of("casusregisseur", "casusregisseur1", "casusregieReden", tekst("Kent het gezin al")));

        for (String[] ronde : new String[][] {{"3", "2", "VOLGENDE"}, {"2", "4", "VOLGENDE"}, {"8", "9", "AFSLUITEN"}}) {
            tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Overleg voorbereiden met cliënten"),
                    Map.of("wensenClienten", tekst("Duidelijkheid over de omgang"), "deelnameClienten", "NEE",
                            "vertrouwenspersoon", tekst("Tante")));
            tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Overleg plannen"),
                    Map.of("datum", LocalDate.now().plusDays(7).toString(), "omNodig", false, "stalkingOfTerreur", false,
                            "uitgenodigdePartners", "[\"veiligthuis\"]"));
            tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Opzet en uitnodigingen bevestigen"),
                    Map.of("uitgenodigdePartners", "[\"veiligthuis\"]"));
            tasklist.submit("veiligthuis1", tasklist.openTask("veiligthuis1", nummer, "Informatie aanleveren voor het focusoverleg"),
                    Map.of("grondslag", "WETTELIJKE_TAAK", "informatie", tekst("Lopend onderzoek naar de kinderen")));
            var vastleggen = tasklist.openTask("procesregisseur1", nummer, "Overlegdeel voeren en vastleggen");
            assertThat(tasklist.formVariable("procesregisseur1", vastleggen, "wensenClienten"))
                    .as("the chair reads the clients' wishes from the stored preparation")
                    .containsEntry("value", tekst("Duidelijkheid over de omgang"));
            tasklist.submit("procesregisseur1", vastleggen,
                    Map.of("clientenAanwezig", false, "beeldvorming", tekst("Topzorg: escalatie bij overdracht"), "nieuweZorgen", false,
                            // the form's rows, as Tasklist submits them: filled rows and a row left empty
                            "score1", "{\"deelnemer\":\"politie\",\"score\":%s,\"toelichting\":\"%s\"}".formatted(ronde[0], tekst("grond")),
                            "score2", "{\"deelnemer\":\"veiligthuis\",\"score\":%s,\"toelichting\":\"\"}".formatted(ronde[1]),
                            "score3", "{\"deelnemer\":\"\",\"score\":null}",
                            "afspraak1", "{\"soort\":\"INFORMATIE_PROFESSIONALS\",\"partner\":\"veiligthuis\",\"wat\":\"%s\",\"deadline\":\"%s\",\"waarom\":\"%s\"}"
                                    .formatted(tekst("Veiligheidsplan bespreken"), LocalDate.now().plusDays(10),
                                            tekst("Afspraken over overdracht ontbreken"))));
            tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Cliënten terugkoppeling geven"),
                    Map.of("nabespreking", tekst("Telefonisch teruggekoppeld")));
            tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Cliëntbrief laten vertalen"),
                    Map.of("vertaald", true));
            var vervolg = tasklist.openTask("procesregisseur1", nummer, "Vervolg besluiten");
            assertThat(tasklist.formVariable("procesregisseur1", vervolg, "adviesOvergang")).containsEntry("value", ronde[2]);
            tasklist.submit("procesregisseur1", vervolg, Map.of("overgang", ronde[2]));
        }

        tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Afsluitplan opstellen"),
                Map.of("afsluitplan", tekst("Bij terugval belt school de casusregisseur.")));
        var goedkeuren = tasklist.openTask("procesregisseur1", nummer, "Afsluitplan goedkeuren");
        assertThat(tasklist.formVariable("procesregisseur1", goedkeuren, "afsluitplan"))
                .as("the approver reads the plan from the project's tables").containsEntry("value", tekst("Bij terugval belt school de casusregisseur."));
        tasklist.submit("procesregisseur1", goedkeuren, Map.of("afsluitplanGoedgekeurd", false,
                "afsluitplanOpmerking", tekst("Wie let op de kinderen?")));
        var herzien = tasklist.openTask("casusregisseur1", nummer, "Afsluitplan opstellen");
        assertThat(tasklist.formVariable("casusregisseur1", herzien, "afsluitplanOpmerking"))
                .containsEntry("value", tekst("Wie let op de kinderen?"));
        tasklist.submit("casusregisseur1", herzien,
                Map.of("afsluitplan", tekst("Bij terugval belt school de casusregisseur; Veilig Thuis monitort een jaar.")));
        tasklist.submit("procesregisseur1", tasklist.openTask("procesregisseur1", nummer, "Afsluitplan goedkeuren"),
                Map.of("afsluitplanGoedgekeurd", true));
        assertThat(stand("procesregisseur1", nummer)).containsEntry("status", "NAZORG").containsEntry("fase", 3);

        // Three months later the job executor fires the aftercare timer.
        String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("zvh-casus").singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instanceId).timers()
                .activityId(ZvhCasus.Element.NAZORG_TERMIJN).singleResult();
        managementService.executeJob(timer.getId());

        tasklist.submit("casusregisseur1", tasklist.openTask("casusregisseur1", nummer, "Nazorg: signalen nagaan"),
                Map.of("nieuweSignalen", false, "nazorgToelichting", tekst("School en wijkteam: geen nieuwe signalen")));

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("zvh-casus").finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("focusoverleg").finished().count()).isEqualTo(3);
        assertThat(stand("supervisor1", nummer)).containsEntry("status", "BEEINDIGD");

        // Of the variables, only the declared routing facts reached the engine's history.
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceId).list())
                .extracting(v -> v.getName()).isNotEmpty().allMatch(routingFacts::contains);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceId)
                .variableName("aanpak").singleResult().getValue()).isEqualTo("MDA++");
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).formFields().count()).isZero();
        // What people wrote is in the project's tables, and nowhere in the engine's tables or the log.
        assertThat(DatabaseText.tablesContaining(dataSource, marker)).as("tables holding the marker")
                .isNotEmpty().allMatch(table -> !table.toUpperCase(java.util.Locale.ROOT).startsWith("ACT_"))
                .contains("aanmelding", "besluit", "overleg", "schaalscore", "afspraak", "terugkoppeling", "casus");
        assertThat(log.getAll()).doesNotContain(marker);
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
                         "analyse": "%s", "risicofactoren": "%s", "krachten": "%s", "visieClienten": "%s",
                         "clientenGeinformeerd": true}"""
                        .formatted(naam, naam, naam, tekst("Jarenlang patroon"), tekst("Schulden"), tekst("Oma"),
                                tekst("Rust")), headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("casusnummer");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stand(String user, String nummer) {
        return http.withBasicAuth(user, TasklistClient.PASSWORD).getForObject("/api/casussen/{nummer}", Map.class, nummer);
    }
}
