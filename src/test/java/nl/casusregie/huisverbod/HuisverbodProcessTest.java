package nl.casusregie.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.GemeldeIncidenten;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.huisverbod.Huisverbod.Element;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * huisverbod on the engine's clock: the order runs ten days from the moment imposed; help starts
 * for both sides of the household; the mayor decides on extension before the setting's due moment
 * (else the chair is called in), never beyond 28 days after imposition; without a decision it ends
 * on day ten and the chair is told; it can be lifted early; every end puts the case on the agenda.
 */
@CasusregieTest
class HuisverbodProcessTest {

    @Autowired Fixture fixture;
    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired CasusRepository casussen;
    @Autowired GemeldeIncidenten incidenten;
    @Autowired javax.sql.DataSource dataSource;

    /** Imposed an hour ago, to the minute: the order's times of day read as people write them. */
    private final LocalDateTime opgelegdOp = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES);

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    // --- registering an order, as the mayor's office does over the API ---

    private record Geregistreerd(long id, String casusnummer, ProcessInstance instantie) {
    }

    private static Map<String, Object> persoon(String naam, LocalDate geboortedatum) {
        Map<String, Object> persoon = new HashMap<>();
        persoon.put("naam", naam);
        persoon.put("geboortedatum", geboortedatum == null ? null : geboortedatum.toString());
        return persoon;
    }

    /** An order for the household of Sam and Noor with this surname, and their son Daan (eight). */
    private Map<String, Object> verzoek(String achternaam, String casusnummer) {
        Map<String, Object> verzoek = new HashMap<>();
        verzoek.put("opgelegdOp", opgelegdOp.toString());
        verzoek.put("uithuisgeplaatste", persoon("Sam " + achternaam, LocalDate.of(1980, 5, 1)));
        verzoek.put("achterblijvers", List.of(persoon("Noor " + achternaam, null),
                persoon("Daan " + achternaam, LocalDate.now().minusYears(8))));
        if (casusnummer != null) {
            verzoek.put("casusnummer", casusnummer);
        }
        return verzoek;
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(String user, String path, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, body, Map.class);
    }

    private Geregistreerd registreer(Map<String, Object> verzoek) {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = post("gemeente1", "/api/huisverboden", verzoek);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) antwoord.getBody().get("id")).longValue();
        String instantie = jdbc.sql("select proces_instantie_id from huisverbod where id = :id").param("id", id)
                .query(String.class).single();
        return new Geregistreerd(id, (String) antwoord.getBody().get("casusnummer"),
                runtimeService.createProcessInstanceQuery().processInstanceId(instantie).singleResult());
    }

    /** An order for a household that was referred before and has a running case, linked by its case number. */
    private Geregistreerd bijLopendeCasus() {
        String achternaam = Fixture.uniek("Huisverbod");
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        return registreer(verzoek(achternaam, casus.getBusinessKey()));
    }

    // --- the engine's clock and what the order looks like ---

    private static Date date(LocalDateTime moment) {
        return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** Moves the engine's clock to that moment and runs the order's jobs that are due then, as the job executor would. */
    private void klokNaar(ProcessInstance instantie, LocalDateTime moment) {
        fixture.klokNaar(instantie, moment);
    }

    private Task task(ProcessInstance instantie, String element) {
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(element).singleResult();
    }

    private List<String> groepen(Task taak) {
        return taskService.getIdentityLinksForTask(taak.getId()).stream().map(l -> l.getGroupId()).toList();
    }

    private Map<String, Object> verbod(long id) {
        return jdbc.sql("""
                select status, eindigt_op, beeindigd_op, verlengingsbesluit, verlengd_tot, besluit_reden, besluit_door,
                    intrekking_reden, ingetrokken_door, op_agenda_op, aanmelding_gestart, casus_id
                from huisverbod where id = :id""").param("id", id).query().singleRow();
    }

    private Job timer(ProcessInstance instantie, String element) {
        return managementService.createJobQuery().processInstanceId(instantie.getId()).activityId(element).singleResult();
    }

    /** 28 days is never exceeded: no timer of the order is due after imposition + 28 days. */
    private void nooitVoorbijAchtentwintigDagen(ProcessInstance instantie) {
        Date uiterlijk = date(opgelegdOp.plusDays(Huisverbod.MAX_DAGEN));
        assertThat(managementService.createJobQuery().processInstanceId(instantie.getId()).timers().list())
                .allSatisfy(timer -> assertThat(timer.getDuedate()).isBeforeOrEqualTo(uiterlijk));
    }

    private void hulpGestart(ProcessInstance instantie) {
        fixture.complete("gemeente1", task(instantie, Element.HULP_UITHUISGEPLAATSTE), Map.of(
                "hulpUithuisgeplaatste", "HULP_GESTART", "hulpUithuisgeplaatsteToelichting", "Gesprek met Sam; start bij De Waag"));
        fixture.complete("veiligthuis1", task(instantie, Element.HULP_ACHTERBLIJVERS), Map.of(
                "hulpAchterblijvers", "HULP_GESTART", "hulpAchterblijversToelichting", "Veiligheidsplan met Noor gemaakt"));
    }

    private Map<String, Object> besluit(String besluit, LocalDate verlengdTot, String reden) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("verlengingsbesluit", besluit);
        if (verlengdTot != null) {
            vars.put("verlengdTot", verlengdTot.toString());
        }
        vars.put("verlengingsbesluitReden", reden);
        return vars;
    }

    // --- the paths ---

    @Test
    @DisplayName("imposed: help for both sides due in two days, the decision due on day seven (the model's setting), the end timer at day ten")
    void imposed() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();

        assertThat(instantie).isActive().isWaitingAt(Element.HULP_UITHUISGEPLAATSTE, Element.HULP_ACHTERBLIJVERS, Element.BESLUITEN);
        assertThat(instantie.getBusinessKey()).isEqualTo(verbod.casusnummer());
        assertThat(instantie.getTenantId()).isEqualTo(Fixture.HUIS);
        Task hulpUithuisgeplaatste = task(instantie, Element.HULP_UITHUISGEPLAATSTE);
        assertThat(hulpUithuisgeplaatste.getName()).isEqualTo("Hulp starten tijdens het huisverbod");
        assertThat(groepen(hulpUithuisgeplaatste)).containsExactly("gemeente");
        Task hulpAchterblijvers = task(instantie, Element.HULP_ACHTERBLIJVERS);
        assertThat(hulpAchterblijvers.getName()).isEqualTo("Hulp starten voor de achterblijvers");
        assertThat(groepen(hulpAchterblijvers)).containsExactly("veiligthuis");
        for (Task hulp : List.of(hulpUithuisgeplaatste, hulpAchterblijvers)) {
            assertThat(hulp.getDueDate()).isCloseTo(date(LocalDateTime.now().plusDays(2)), 60_000);
        }
        Task besluiten = task(instantie, Element.BESLUITEN);
        assertThat(besluiten.getName()).isEqualTo("Besluiten over verlenging");
        assertThat(groepen(besluiten)).containsExactly("gemeente");
        assertThat(besluiten.getDueDate()).isEqualTo(date(opgelegdOp.plusDays(7)));
        assertThat(timer(instantie, Element.BESLUIT_TE_LAAT).getDuedate()).isEqualTo(date(opgelegdOp.plusDays(7)));
        assertThat(timer(instantie, Element.GEEN_BESLUIT_OP_DAG_TIEN).getDuedate()).isEqualTo(date(opgelegdOp.plusDays(10)));
        nooitVoorbijAchtentwintigDagen(instantie);
        assertThat(verbod(verbod.id())).containsEntry("STATUS", "LOPEND")
                .containsEntry("EINDIGT_OP", java.sql.Timestamp.valueOf(opgelegdOp.plusDays(10)))
                .containsEntry("AANMELDING_GESTART", false);
        assertThat(runtimeService.getVariables(instantie.getId())).as("routing facts only")
                .containsOnlyKeys("huisverbodId", "huis", "casusnummer", "opgelegdOp", "eindeHuisverbod", "besluitUiterlijk");
    }

    @Test
    @DisplayName("the forms show the order from the tables: when imposed and until when, whom it concerns, the decision's due moment and the limit of 28 days")
    @SuppressWarnings("unchecked")
    void formsShowTheOrder() {
        ProcessInstance instantie = bijLopendeCasus().instantie();
        Map<String, Map<String, Object>> formulier = http.withBasicAuth("gemeente1", "demo").getForObject(
                "/engine-rest/task/" + task(instantie, Element.BESLUITEN).getId() + "/form-variables", Map.class);
        Map<String, String> waarden = new HashMap<>();
        formulier.forEach((naam, variabele) -> waarden.put(naam, String.valueOf(variabele.get("value"))));

        assertThat(waarden)
                .containsEntry("huisverbodOpgelegd", Woorden.datumTijd(opgelegdOp))
                .containsEntry("huisverbodEindigt", Woorden.datumTijd(opgelegdOp.plusDays(10)))
                .containsEntry("huisverbodBesluitUiterlijk", Woorden.datumTijd(opgelegdOp.plusDays(7)))
                .containsEntry("huisverbodUiterlijkVerlengen", Woorden.datumTijd(opgelegdOp.plusDays(28)))
                .containsKey("huisverbodHulp");
        assertThat(waarden.get("huisverbodUithuisgeplaatste")).startsWith("Sam ").endsWith("(geboren 1 mei 1980)");
        assertThat(waarden.get("huisverbodAchterblijvers")).startsWith("Noor ").contains(" en Daan ");
    }

    @Test
    @DisplayName("help is started and recorded; extended in time to the 28th day, the end timer moves there; at its end the order ends and the case is on the agenda")
    void extendedToTwentyEightDays() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();

        hulpGestart(instantie);
        assertThat(jdbc.sql("select voor, partner, uitkomst, door from huisverbod_hulp where huisverbod_id = :id order by voor")
                .param("id", verbod.id()).query().listOfRows())
                .extracting(rij -> rij.get("VOOR") + " " + rij.get("PARTNER") + " " + rij.get("UITKOMST") + " " + rij.get("DOOR"))
                .containsExactly("ACHTERBLIJVERS veiligthuis HULP_GESTART veiligthuis1", "UITHUISGEPLAATSTE gemeente HULP_GESTART gemeente1");

        klokNaar(instantie, opgelegdOp.plusDays(5));
        LocalDate uiterlijk = opgelegdOp.toLocalDate().plusDays(Huisverbod.MAX_DAGEN);
        fixture.complete("gemeente1", task(instantie, Element.BESLUITEN),
                besluit("VERLENGEN", uiterlijk, "De dreiging blijft; de hulp is net begonnen"));

        LocalDateTime einde = opgelegdOp.plusDays(Huisverbod.MAX_DAGEN);
        assertThat(instantie).isWaitingAt(Element.VERLENGING_AFGELOPEN)
                .hasPassedInOrder(Element.BESLUITEN, Element.BESLUIT_GENOMEN, Element.VERLENGEN_VRAAG)
                .hasNotPassed(Element.TE_LAAT, Element.TIEN_DAGEN_AFGELOPEN);
        assertThat(timer(instantie, Element.VERLENGING_AFGELOPEN).getDuedate()).as("the timer moved to the extension's end")
                .isEqualTo(date(einde));
        assertThat(timer(instantie, Element.GEEN_BESLUIT_OP_DAG_TIEN)).as("day ten no longer ends it").isNull();
        nooitVoorbijAchtentwintigDagen(instantie);
        assertThat(verbod(verbod.id())).containsEntry("VERLENGINGSBESLUIT", "VERLENGEN")
                .containsEntry("VERLENGD_TOT", java.sql.Timestamp.valueOf(einde))
                .containsEntry("EINDIGT_OP", java.sql.Timestamp.valueOf(einde))
                .containsEntry("BESLUIT_DOOR", "gemeente1").containsEntry("STATUS", "LOPEND");

        klokNaar(instantie, einde.minusMinutes(1));
        assertThat(instantie).isWaitingAt(Element.VERLENGING_AFGELOPEN);
        assertThat(incidenten.voor(verbod.casusnummer())).isEmpty();

        klokNaar(instantie, einde);
        assertThat(instantie).isEnded().hasPassedInOrder(Element.VERLENGING_AFGELOPEN, Element.EINDE_VASTLEGGEN,
                Element.OP_AGENDA_ZETTEN, Element.BEEINDIGD).hasNotPassed(Element.VOORZITTER_INLICHTEN);
        assertThat(verbod(verbod.id())).containsEntry("STATUS", "AFGELOPEN")
                .containsEntry("BEEINDIGD_OP", java.sql.Timestamp.valueOf(einde));
        assertThat(verbod(verbod.id()).get("OP_AGENDA_OP")).isNotNull();
        assertThat(incidenten.voor(verbod.casusnummer())).singleElement().satisfies(melding -> {
            assertThat(melding.huis()).isEqualTo(Fixture.HUIS);
            assertThat(melding.bron()).isEqualTo("HUISVERBOD");
            assertThat(melding.sleutel()).isEqualTo("huisverbod-" + verbod.id() + "-einde");
            assertThat(melding.omschrijving()).contains("afgelopen op " + Woorden.datumTijd(einde) + ", na verlenging")
                    .doesNotContain("Sam", "Noor", "Daan");
        });
    }

    @Test
    @DisplayName("not extended: the order runs to day ten, then ends and the case is on the agenda")
    void notExtended() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();

        fixture.complete("gemeente1", task(instantie, Element.BESLUITEN), besluit("NIET_VERLENGEN", null,
                "Sam woont bij zijn broer; hulp loopt"));

        LocalDateTime tienDagen = opgelegdOp.plusDays(10);
        assertThat(instantie).isWaitingAt(Element.TIEN_DAGEN_AFGELOPEN).hasNotPassed(Element.VERLENGING_AFGELOPEN);
        assertThat(timer(instantie, Element.TIEN_DAGEN_AFGELOPEN).getDuedate()).isEqualTo(date(tienDagen));
        nooitVoorbijAchtentwintigDagen(instantie);

        klokNaar(instantie, tienDagen);
        assertThat(instantie).hasPassedInOrder(Element.TIEN_DAGEN_AFGELOPEN, Element.EINDE_VASTLEGGEN, Element.OP_AGENDA_ZETTEN,
                Element.BEEINDIGD).hasNotPassed(Element.VOORZITTER_INLICHTEN);
        assertThat(instantie).as("help for both sides is still to be recorded")
                .isWaitingAt(Element.HULP_UITHUISGEPLAATSTE, Element.HULP_ACHTERBLIJVERS);
        assertThat(verbod(verbod.id())).containsEntry("STATUS", "AFGELOPEN").containsEntry("VERLENGINGSBESLUIT", "NIET_VERLENGEN")
                .containsEntry("BESLUIT_REDEN", "Sam woont bij zijn broer; hulp loopt");
        assertThat(incidenten.voor(verbod.casusnummer())).singleElement()
                .satisfies(melding -> assertThat(melding.omschrijving()).contains("het is niet verlengd"));

        hulpGestart(instantie);
        assertThat(instantie).isEnded();
    }

    @Test
    @DisplayName("decision late: at its due moment the chair gets 'Verlengingsbesluit te laat' (priority 90, due at day ten); the decision still comes from the municipality and ends the chair's task")
    void decisionLateEscalates() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();

        klokNaar(instantie, opgelegdOp.plusDays(7).minusMinutes(1));
        assertThat(task(instantie, Element.TE_LAAT)).as("not before the due moment").isNull();

        klokNaar(instantie, opgelegdOp.plusDays(7));
        Task teLaat = task(instantie, Element.TE_LAAT);
        assertThat(teLaat.getName()).isEqualTo("Verlengingsbesluit te laat");
        assertThat(groepen(teLaat)).containsExactly("procesregisseur");
        assertThat(teLaat.getPriority()).isEqualTo(90);
        assertThat(teLaat.getDueDate()).isEqualTo(date(opgelegdOp.plusDays(10)));
        assertThat(task(instantie, Element.BESLUITEN)).as("the decision stays the municipality's").isNotNull();

        fixture.complete("gemeente1", task(instantie, Element.BESLUITEN), besluit("NIET_VERLENGEN", null, "Geen dreiging meer"));
        assertThat(task(instantie, Element.TE_LAAT)).as("the decision ends the chair's task").isNull();
        assertThat(instantie).isWaitingAt(Element.TIEN_DAGEN_AFGELOPEN);
    }

    @Test
    @DisplayName("no decision by the end of day ten: the order ends as 'verlopen zonder besluit', the case is on the agenda, and the chair is told")
    void noDecisionExpires() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();
        klokNaar(instantie, opgelegdOp.plusDays(8));
        assertThat(task(instantie, Element.TE_LAAT)).isNotNull();

        LocalDateTime tienDagen = opgelegdOp.plusDays(10);
        klokNaar(instantie, tienDagen);

        assertThat(task(instantie, Element.BESLUITEN)).as("the decision can no longer be taken").isNull();
        assertThat(task(instantie, Element.TE_LAAT)).isNull();
        assertThat(instantie).hasPassedInOrder(Element.GEEN_BESLUIT_OP_DAG_TIEN, Element.VERLOPEN_ZONDER_BESLUIT,
                Element.EINDE_VASTLEGGEN, Element.OP_AGENDA_ZETTEN).isWaitingAt(Element.VOORZITTER_INLICHTEN);
        assertThat(verbod(verbod.id())).containsEntry("STATUS", "VERLOPEN_ZONDER_BESLUIT")
                .containsEntry("BEEINDIGD_OP", java.sql.Timestamp.valueOf(tienDagen)).containsEntry("VERLENGINGSBESLUIT", null);
        assertThat(incidenten.voor(verbod.casusnummer())).singleElement()
                .satisfies(melding -> assertThat(melding.omschrijving()).contains("verlopen zonder besluit over verlenging"));
        Task voorzitter = task(instantie, Element.VOORZITTER_INLICHTEN);
        assertThat(voorzitter.getName()).isEqualTo("Huisverbod verlopen zonder besluit");
        assertThat(groepen(voorzitter)).containsExactly("procesregisseur");
        assertThat(voorzitter.getPriority()).isEqualTo(90);
        assertThat(jdbc.sql("select actie from audit_log where casus_id = :c order by id").param("c", verbod(verbod.id()).get("CASUS_ID"))
                .query(String.class).list()).contains("HUISVERBOD_OPGELEGD", "HUISVERBOD_VERLOPEN_ZONDER_BESLUIT", "HUISVERBOD_OP_AGENDA");

        fixture.complete("procesregisseur1", voorzitter, Map.of());
        hulpGestart(instantie);
        assertThat(instantie).isEnded().hasPassed("EndEvent_VoorzitterIngelicht");
    }

    @Test
    @DisplayName("an extension beyond 28 days after imposition is refused naming the field, and so are one within the ten days, one without a date and a decision without a reason; nothing changes")
    void extensionBeyondTwentyEightDaysRefused() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();
        Task besluiten = task(instantie, Element.BESLUITEN);
        LocalDate uiterlijk = opgelegdOp.toLocalDate().plusDays(Huisverbod.MAX_DAGEN);

        assertThatThrownBy(() -> fixture.complete("gemeente1", besluiten, besluit("VERLENGEN", uiterlijk.plusDays(1), "Dreiging")))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Verlengd tot en met: ligt meer dan 28 dagen na het opleggen; verlengen kan tot uiterlijk "
                        + Woorden.datum(uiterlijk));
        assertThatThrownBy(() -> fixture.complete("gemeente1", besluiten,
                besluit("VERLENGEN", opgelegdOp.toLocalDate().plusDays(10), "Dreiging")))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageStartingWith("Verlengd tot en met: ligt niet na het einde van de tien dagen");
        assertThatThrownBy(() -> fixture.complete("gemeente1", besluiten, besluit("VERLENGEN", null, "Dreiging")))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Verlengd tot en met: kies tot welke dag het huisverbod wordt verlengd, uiterlijk " + Woorden.datum(uiterlijk));
        assertThatThrownBy(() -> fixture.complete("gemeente1", besluiten, besluit("NIET_VERLENGEN", null, " ")))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Waarom?: zeg waarom de burgemeester zo besluit");
        assertThatThrownBy(() -> fixture.complete("gemeente1", besluiten, besluit("OPSCHORTEN", null, "Dreiging")))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Besluit van de burgemeester: kies verlengen of niet verlengen");

        // Tasklist and REST clients get the same refusal as a 400 naming the field.
        ResponseEntity<String> rest = http.withBasicAuth("gemeente1", "demo").postForEntity(
                "/engine-rest/task/" + besluiten.getId() + "/submit-form", Map.of("variables", Map.of(
                        "verlengingsbesluit", Map.of("value", "VERLENGEN"),
                        "verlengdTot", Map.of("value", uiterlijk.plusDays(3).toString()),
                        "verlengingsbesluitReden", Map.of("value", "Dreiging"))), String.class);
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.getBody()).contains("Verlengd tot en met: ligt meer dan 28 dagen na het opleggen");

        assertThat(task(instantie, Element.BESLUITEN)).isNotNull();
        assertThat(verbod(verbod.id())).containsEntry("VERLENGINGSBESLUIT", null)
                .containsEntry("EINDIGT_OP", java.sql.Timestamp.valueOf(opgelegdOp.plusDays(10)));
        assertThat(timer(instantie, Element.GEEN_BESLUIT_OP_DAG_TIEN).getDuedate()).isEqualTo(date(opgelegdOp.plusDays(10)));
        nooitVoorbijAchtentwintigDagen(instantie);
    }

    @Test
    @DisplayName("a later end submitted along with a task does not move a timer: the ends come from the stored order, never beyond 28 days")
    void submittedEndDoesNotMoveTimers() {
        ProcessInstance instantie = bijLopendeCasus().instantie();
        Date later = date(opgelegdOp.plusDays(60));

        fixture.complete("gemeente1", task(instantie, Element.HULP_UITHUISGEPLAATSTE), Map.of(
                "hulpUithuisgeplaatste", "GEEN_CONTACT", "hulpUithuisgeplaatsteToelichting", "Niet bereikbaar",
                "eindeHuisverbod", later));
        Map<String, Object> besluit = besluit("VERLENGEN", opgelegdOp.toLocalDate().plusDays(20), "Dreiging blijft");
        besluit.put("eindeHuisverbod", later);
        besluit.put("verlengingsbesluit", "VERLENGEN");
        fixture.complete("gemeente1", task(instantie, Element.BESLUITEN), besluit);

        assertThat(timer(instantie, Element.VERLENGING_AFGELOPEN).getDuedate()).isEqualTo(date(opgelegdOp.plusDays(20)));
        assertThat(runtimeService.getVariable(instantie.getId(), "eindeHuisverbod")).isEqualTo(date(opgelegdOp.plusDays(20)));
        nooitVoorbijAchtentwintigDagen(instantie);
    }

    @Test
    @DisplayName("lifted early by the municipality: the order ends at once as INGETROKKEN with the reason, the decision lapses, the case is on the agenda; help goes on")
    void liftedEarly() {
        Geregistreerd verbod = bijLopendeCasus();
        ProcessInstance instantie = verbod.instantie();
        klokNaar(instantie, opgelegdOp.plusDays(7));
        assertThat(task(instantie, Element.TE_LAAT)).isNotNull();

        assertThat(post("gemeente1", "/api/huisverboden/" + verbod.id() + "/intrekking", Map.of()).getBody().get("fouten"))
                .isEqualTo(Map.of("reden", "Reden van de intrekking: is verplicht"));
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> ingetrokken = post("gemeente1", "/api/huisverboden/" + verbod.id() + "/intrekking",
                Map.of("reden", "Sam is opgenomen in een kliniek"));
        assertThat(ingetrokken.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        managementService.createJobQuery().processInstanceId(instantie.getId()).executable().list()
                .forEach(job -> managementService.executeJob(job.getId()));

        assertThat(task(instantie, Element.BESLUITEN)).isNull();
        assertThat(task(instantie, Element.TE_LAAT)).isNull();
        assertThat(instantie).hasPassedInOrder(Element.INGETROKKEN, Element.OP_AGENDA_ZETTEN, Element.BEEINDIGD)
                .hasNotPassed(Element.EINDE_VASTLEGGEN, Element.VOORZITTER_INLICHTEN)
                .isWaitingAt(Element.HULP_UITHUISGEPLAATSTE, Element.HULP_ACHTERBLIJVERS);
        assertThat(verbod(verbod.id())).containsEntry("STATUS", "INGETROKKEN")
                .containsEntry("INTREKKING_REDEN", "Sam is opgenomen in een kliniek").containsEntry("INGETROKKEN_DOOR", "gemeente1");
        assertThat(managementService.createJobQuery().processInstanceId(instantie.getId()).timers().count())
                .as("no end left to wait for").isZero();
        assertThat(incidenten.voor(verbod.casusnummer())).singleElement()
                .satisfies(melding -> assertThat(melding.omschrijving()).contains("is ingetrokken op"));

        assertThat(post("gemeente1", "/api/huisverboden/" + verbod.id() + "/intrekking", Map.of("reden", "Nogmaals"))
                .getBody().get("fouten")).isEqualTo(Map.of("huisverbod", "Huisverbod: is al beëindigd (ingetrokken op "
                + Woorden.datumTijd(((java.sql.Timestamp) verbod(verbod.id()).get("BEEINDIGD_OP")).toLocalDateTime()) + ")"));
    }

    @Test
    @DisplayName("what people wrote stays in the project's tables: names, the help done, the decision's and the lifting's reasons are nowhere in the engine's tables")
    void personalTextsStayOutOfTheEngine() throws Exception {
        String marker = Fixture.uniek("Merkteken");
        Geregistreerd verbod = registreer(verzoek(marker, null));
        ProcessInstance instantie = verbod.instantie();
        fixture.complete("gemeente1", task(instantie, Element.HULP_UITHUISGEPLAATSTE), Map.of(
                "hulpUithuisgeplaatste", "HULP_GESTART", "hulpUithuisgeplaatsteToelichting", marker + " hulp"));
        fixture.complete("gemeente1", task(instantie, Element.BESLUITEN), besluit("VERLENGEN",
                opgelegdOp.toLocalDate().plusDays(14), marker + " reden"));
        post("gemeente1", "/api/huisverboden/" + verbod.id() + "/intrekking", Map.of("reden", marker + " intrekking"));
        managementService.createJobQuery().processInstanceId(instantie.getId()).executable().list()
                .forEach(job -> managementService.executeJob(job.getId()));

        assertThat(nl.casusregie.scenario.DatabaseText.tablesContaining(dataSource, marker))
                .as("tables holding the marker").allMatch(tabel -> !tabel.startsWith("act_"))
                .contains("huisverbod_persoon", "huisverbod_hulp", "huisverbod");
    }

    @Test
    @DisplayName("linked to the household's running case by its case number, and without one by a member's name and birth date; no new referral")
    void linkedToRunningCase() {
        String achternaam = Fixture.uniek("Gekoppeld");
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        long casussenVooraf = jdbc.sql("select count(*) from casus").query(Long.class).single();

        Geregistreerd metNummer = registreer(verzoek(achternaam, casus.getBusinessKey()));
        LocalDateTime later = opgelegdOp.plusMinutes(5);
        Map<String, Object> zonderNummer = verzoek(achternaam, null);
        zonderNummer.put("opgelegdOp", later.toString());
        Geregistreerd opLid = registreer(zonderNummer);

        assertThat(metNummer.casusnummer()).isEqualTo(casus.getBusinessKey());
        assertThat(opLid.casusnummer()).as("Sam: same name and birth date as a member").isEqualTo(casus.getBusinessKey());
        assertThat(jdbc.sql("select count(*) from casus").query(Long.class).single()).isEqualTo(casussenVooraf);
        assertThat(verbod(opLid.id())).containsEntry("AANMELDING_GESTART", false);
    }

    @Test
    @DisplayName("no running case: the household is referred (acute, triage follows) and the order belongs to that new case")
    void noRunningCaseStartsReferral() {
        String achternaam = Fixture.uniek("Nieuw");
        Geregistreerd verbod = registreer(verzoek(achternaam, null));

        var casus = casussen.findByNummer(Fixture.HUIS, verbod.casusnummer()).orElseThrow();
        ProcessInstance zvhCasus = runtimeService.createProcessInstanceQuery().processDefinitionKey("zvh-casus")
                .processInstanceBusinessKey(verbod.casusnummer()).singleResult();
        assertThat(zvhCasus).isWaitingAt("UserTask_TriageBesluiten").variables()
                .containsEntry("aanmelderGroep", "gemeente").containsEntry("acuutGevaar", true)
                .containsEntry("kinderenBetrokken", true);
        assertThat(jdbc.sql("select naam, rol from huishoudlid where huishouden_id = :h order by id").param("h", casus.huishoudenId())
                .query().listOfRows()).extracting(rij -> rij.get("NAAM") + ": " + rij.get("ROL"))
                .containsExactly("Sam " + achternaam + ": MOGELIJKE_PLEGER", "Noor " + achternaam + ": SLACHTOFFER",
                        "Daan " + achternaam + ": KIND");
        assertThat(jdbc.sql("select aanmelder from aanmelding where casus_id = :c").param("c", casus.id()).query(String.class).single())
                .isEqualTo("gemeente1");
        assertThat(verbod(verbod.id())).containsEntry("AANMELDING_GESTART", true).containsEntry("CASUS_ID", casus.id());
        assertThat(verbod.instantie()).isWaitingAt(Element.BESLUITEN);
    }

    @Test
    @DisplayName("a case given that has ended does not take the order: the household is referred again")
    void endedCaseGivenStartsReferral() {
        String achternaam = Fixture.uniek("Afgesloten");
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "NIET_OPPAKKEN", "verwijzing", "VEILIG_THUIS",
                "triageReden", "Past bij Veilig Thuis"));
        fixture.complete("politie1", casus, Map.of("terugkoppelingWijze", "GESPREK", "terugkoppelingTekst", "Verteld"));
        assertThat(casus).isEnded();

        Geregistreerd verbod = registreer(verzoek(achternaam, casus.getBusinessKey()));

        assertThat(verbod.casusnummer()).isNotEqualTo(casus.getBusinessKey());
        assertThat(verbod(verbod.id())).containsEntry("AANMELDING_GESTART", true);
        long huishouden = casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow().huishoudenId();
        assertThat(casussen.findByNummer(Fixture.HUIS, verbod.casusnummer()).orElseThrow().huishoudenId())
                .as("the referral joins the known household (Sam: name and birth date)").isEqualTo(huishouden);
    }
}
