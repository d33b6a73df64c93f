package nl.casusregie.proeftijd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.GemeldeIncidenten;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.overleg.OverlegRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A two-year probation with quarterly checks and a breach in month seven, driven as the people
 * would over HTTP: om1 imposes it over the project's API, reclassering1 works the checks in
 * Tasklist's way (the engine's REST API: the form's values, claim, submit), reports the breach
 * over the project's API, om1 reacts, and at the end reclassering1 evaluates. The engine's clock
 * moves through the two years; due timers run as the job executor would run them.
 */
@CasusregieTest
class ProeftijdScenarioTest {

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired ProeftijdFixture proeftijden;
    @Autowired GemeldeIncidenten incidenten;
    @Autowired RuntimeService runtimeService;
    @Autowired CasusRepository casussen;
    @Autowired OverlegRepository overleggen;
    @Autowired ObjectMapper json;

    @AfterEach
    void klokTerug() {
        ProeftijdFixture.klokTerug();
    }

    @Test
    @DisplayName("two years, quarterly checks, a breach in month seven with the OM's warning, and the closing evaluation")
    void tweeJaarMetOvertreding() throws Exception {
        LocalDateTime begin = LocalDateTime.now();
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Scenario")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        String casusnummer = casus.getBusinessKey();
        long casusId = casussen.findByNummer(Fixture.HUIS, casusnummer).orElseThrow().id();

        // The OM imposes a conditional dismissal: two years, accepting care, low risk (quarterly checks).
        ResponseEntity<String> opgelegd = post("om1", "/api/casussen/" + casusnummer + "/proeftijden", Map.of(
                "proeftijdSoort", "VOORWAARDELIJK_SEPOT", "ingangsdatum", LocalDate.now().toString(), "duurMaanden", 24,
                "toezichthouder", "reclassering", "risico", "LAAG",
                "voorwaarden", List.of(Map.of("voorwaardeSoort", "MEEWERKEN_HULPVERLENING",
                        "omschrijving", "Sam volgt de agressieregulatietraining bij De Waag"))));
        assertThat(opgelegd.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String nummer = json.readTree(opgelegd.getBody()).get("proeftijdnummer").asText();
        ProcessInstance proeftijd = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).singleResult();
        assertThat(overleggen.sleutelfeiten(casusId).strafrechtelijkKader()).as("the probation service holds key information").isTrue();
        assertThat(post("reclassering1", "/api/casussen/" + casusnummer + "/proeftijden", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        int controles = 0;
        for (int maand = 3; maand <= 21; maand += 3) {
            if (maand == 9) {
                // Month seven: the probation service hears the training was stopped and Sam threatened Noor.
                proeftijden.naar(begin.plusMonths(7), proeftijd);
                ResponseEntity<String> gemeld = post("reclassering1", "/api/proeftijden/" + nummer + "/overtredingen",
                        Map.of("wat", "Sam is gestopt met de training en heeft Noor via de telefoon bedreigd"));
                assertThat(gemeld.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                assertThat(incidenten.voor(casusnummer)).singleElement()
                        .satisfies(i -> assertThat(i.bron()).isEqualTo("PROEFTIJD"))
                        .satisfies(i -> assertThat(i.omschrijving()).contains(nummer).doesNotContain("bedreigd"));

                String reactie = openTaak("om1", nummer, Proeftijd.Element.REAGEREN);
                JsonNode formulier = formVariables("om1", reactie);
                assertThat(formulier.at("/overtredingTekst/value").asText()).contains("heeft Noor via de telefoon bedreigd");
                assertThat(formulier.at("/voorwaarde1/value").asText()).contains("agressieregulatietraining");
                submit("om1", reactie, Map.of("omReactie", Map.of("value", "WAARSCHUWING"),
                        "reactieReden", Map.of("value", "Officier spreekt Sam aan; hij hervat de training")));
                assertThat(proeftijd).hasPassed(Proeftijd.Element.GEWAARSCHUWD);
            }
            proeftijden.naar(begin.plusMonths(maand).plusMinutes(maand), proeftijd);
            String taak = openTaak("reclassering1", nummer, Proeftijd.Element.CONTROLEREN);
            if (maand == 3) {
                ResponseEntity<String> tab = http.withBasicAuth("reclassering1", "demo")
                        .getForEntity("/api/taken/" + taak + "/dossier", String.class);
                assertThat(tab.getStatusCode()).as("the Dossier tab of a check task").isEqualTo(HttpStatus.OK);
                assertThat(json.readTree(tab.getBody()).at("/proeftijden/0/nummer").asText()).isEqualTo(nummer);
            }
            assertThat(formVariables("reclassering1", taak).at("/voorwaardeTekst/value").asText())
                    .isEqualTo("Meewerken aan hulpverlening: Sam volgt de agressieregulatietraining bij De Waag");
            submit("reclassering1", taak, Map.of("controleUitkomst", Map.of("value", "NAGELEEFD"),
                    "controleBevindingen", Map.of("value", "Aanwezig bij de training (maand " + maand + ")")));
            controles++;
        }
        assertThat(controles).isEqualTo(7);
        assertThat(proeftijd).as("no check would fall within the period any more").isWaitingAt(Proeftijd.Element.EINDE_PROEFTIJD);

        proeftijden.naar(LocalDate.now().plusMonths(24).atStartOfDay().plusHours(8), proeftijd);
        String evaluatie = openTaak("reclassering1", nummer, Proeftijd.Element.EVALUEREN);
        assertThat(formVariables("reclassering1", evaluatie).at("/proeftijdVerloop/value").asText())
                .contains("Meewerken aan hulpverlening: Sam volgt", "Reactie van het OM: waarschuwing");
        submit("reclassering1", evaluatie, Map.of("evaluatieUitkomst", Map.of("value", "NIET_NAGELEEFD"),
                "evaluatie", Map.of("value", "Eén overtreding in maand zeven; daarna de training afgemaakt")));
        assertThat(proeftijd).isEnded().hasPassed(Proeftijd.Element.AFGESLOTEN);

        // The case file: the OM and the case director read it all, the referrer only that it ran.
        JsonNode dossier = dossier("om1", casusnummer).at("/proeftijden/0");
        assertThat(dossier.get("status").asText()).isEqualTo("AFGELOPEN");
        assertThat(dossier.get("afgeschermd").asBoolean()).isFalse();
        assertThat(dossier.at("/voorwaarden/0/controles")).hasSize(7);
        assertThat(dossier.at("/overtredingen/0/reactie").asText()).isEqualTo("WAARSCHUWING");
        assertThat(dossier.at("/overtredingen/0/gemeldDoor").asText()).isEqualTo("reclassering1");
        assertThat(dossier.get("evaluatie").asText()).contains("maand zeven");
        assertThat(dossier("casusregisseur1", casusnummer).at("/proeftijden/0/afgeschermd").asBoolean()).isFalse();
        JsonNode kort = dossier("politie1", casusnummer).at("/proeftijden/0");
        assertThat(kort.get("afgeschermd").asBoolean()).isTrue();
        assertThat(kort.get("toezichthouder").asText()).isEqualTo("reclassering");
        assertThat(kort.get("voorwaarden")).isEmpty();
        assertThat(kort.get("soort").isNull()).isTrue();
        ProeftijdFixture.klokTerug();
        assertThat(overleggen.sleutelfeiten(casusId).strafrechtelijkKader()).isFalse();
    }

    private String openTaak(String user, String nummer, String activiteit) throws Exception {
        JsonNode taken = json.readTree(http.withBasicAuth(user, "demo").getForEntity(
                "/engine-rest/task?processInstanceBusinessKey=" + nummer + "&taskDefinitionKey=" + activiteit,
                String.class).getBody());
        assertThat(taken).as("%s sees %s", user, activiteit).hasSize(1);
        String id = taken.get(0).get("id").asText();
        assertThat(post(user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user)).getStatusCode().is2xxSuccessful()).isTrue();
        return id;
    }

    private JsonNode formVariables(String user, String taskId) throws Exception {
        return json.readTree(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + taskId + "/form-variables",
                String.class).getBody());
    }

    private void submit(String user, String taskId, Map<String, Object> variables) {
        ResponseEntity<String> response = post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private JsonNode dossier(String user, String casusnummer) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/casussen/" + casusnummer + "/dossier",
                String.class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
