package nl.casusregie.overleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.overleg.AfspraakOpvolging.Element;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * afspraak-opvolging: every agreement recorded in a meeting gets its follow-up, the owner group
 * records the outcome, and an overdue one goes to the case director and later to the chair. A
 * minimum condition (bodemeis) is watched by its guard instead; a breach puts the case back in
 * phase 1 and goes to the chair.
 */
@CasusregieTest
class AfspraakOpvolgingProcessTest {

    @Autowired Fixture fixture;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired CasusRepository casussen;
    @Autowired TestRestTemplate http;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;

    private String nummer;

    /** A first meeting with one agreement for Veilig Thuis, due in 14 days: returns its follow-up. */
    private ProcessInstance opvolging() {
        nummer = fixture.naEersteOverleg(Fixture.uniek("Opvolging"), "casusregisseur1", "Geen plan bij escalatie")
                .getBusinessKey();
        List<ProcessInstance> opvolgingen = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AfspraakOpvolging.PROCESS_KEY).processInstanceBusinessKey(nummer).list();
        assertThat(opvolgingen).as("one follow-up per agreement").hasSize(1);
        return opvolgingen.get(0);
    }

    private Task task(ProcessInstance opvolging, String element) {
        return taskService.createTaskQuery().processInstanceId(opvolging.getId()).taskDefinitionKey(element).singleResult();
    }

    private Map<String, Object> afspraak(ProcessInstance opvolging) {
        return jdbc.sql("select status, toelichting, afgerond_door from afspraak where proces_instantie_id = :i")
                .param("i", opvolging.getId()).query().singleRow();
    }

    private Job timer(ProcessInstance opvolging, String boundaryEvent) {
        return managementService.createJobQuery().processInstanceId(opvolging.getId()).activityId(boundaryEvent).singleResult();
    }

    @Test
    @DisplayName("the owner group gets the agreement in its list, due at the deadline, and records that it was done")
    void ownerRecordsDone() {
        ProcessInstance opvolging = opvolging();
        Task uitvoeren = task(opvolging, Element.UITVOEREN);
        assertThat(uitvoeren).isNotNull();
        assertThat(uitvoeren.getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(taskService.getIdentityLinksForTask(uitvoeren.getId())).extracting(l -> l.getGroupId())
                .containsExactly("veiligthuis");
        Date naDeadline = Date.from(LocalDate.now().plusDays(14).atTime(23, 59).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(uitvoeren.getDueDate()).isEqualTo(naDeadline);
        assertThat(timer(opvolging, "BoundaryEvent_DeadlineVerstreken").getDuedate()).isEqualTo(naDeadline);

        fixture.complete("veiligthuis1", uitvoeren, Map.of("afspraakUitkomst", "GEDAAN",
                "afspraakToelichting", "Plan met moeder gemaakt"));

        assertThat(opvolging).isEnded().hasPassed("EndEvent_AfspraakAfgerond");
        assertThat(afspraak(opvolging)).containsEntry("STATUS", "GEDAAN").containsEntry("TOELICHTING", "Plan met moeder gemaakt")
                .containsEntry("AFGEROND_DOOR", "veiligthuis1");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey("zvh-casus").count()).as("the case goes on").isEqualTo(1);
    }

    @Test
    @DisplayName("overdue: the case director looks into it, two weeks later the chair too; the owner's outcome ends both")
    void overdueEscalates() {
        ProcessInstance opvolging = opvolging();
        managementService.executeJob(timer(opvolging, "BoundaryEvent_DeadlineVerstreken").getId());
        assertThat(task(opvolging, Element.NAGAAN_CASUSREGISSEUR).getAssignee()).isEqualTo("casusregisseur1");
        assertThat(task(opvolging, Element.UITVOEREN)).as("the owner can still record it").isNotNull();

        managementService.executeJob(timer(opvolging, "BoundaryEvent_LangVerlopen").getId());
        assertThat(taskService.getIdentityLinksForTask(task(opvolging, Element.NAGAAN_VOORZITTER).getId()))
                .extracting(l -> l.getGroupId()).containsExactly("procesregisseur");

        fixture.complete("veiligthuis1", task(opvolging, Element.UITVOEREN), Map.of("afspraakUitkomst", "NIET_GEDAAN",
                "afspraakToelichting", "Geen capaciteit"));
        assertThat(opvolging).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(opvolging.getId()).count()).isZero();
        assertThat(afspraak(opvolging)).containsEntry("STATUS", "NIET_GEDAAN");
    }

    @Test
    @DisplayName("the case director's look into an overdue agreement ends on its own; the agreement stays open")
    void caseDirectorLooksIntoIt() {
        ProcessInstance opvolging = opvolging();
        managementService.executeJob(timer(opvolging, "BoundaryEvent_DeadlineVerstreken").getId());
        fixture.complete("casusregisseur1", task(opvolging, Element.NAGAAN_CASUSREGISSEUR), Map.of());

        assertThat(opvolging).isActive().hasPassed("EndEvent_CasusregisseurNagegaan");
        assertThat(afspraak(opvolging)).containsEntry("STATUS", "OPEN");
    }

    @Test
    @DisplayName("an outcome without explanation is refused in Dutch naming the fields, and the task stays open")
    void outcomeNeedsExplanation() {
        ProcessInstance opvolging = opvolging();
        Task uitvoeren = task(opvolging, Element.UITVOEREN);

        assertThatThrownBy(() -> fixture.complete("veiligthuis1", uitvoeren, Map.of("afspraakUitkomst", "VERZONNEN")))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Uitkomst: kies of de afspraak gedaan is")
                .hasMessageContaining("Toelichting: wat is er gedaan, of waarom niet?: zeg wat er gedaan is, of waarom niet");
        assertThat(task(opvolging, Element.UITVOEREN)).isNotNull();
        assertThat(afspraak(opvolging)).containsEntry("STATUS", "OPEN");
    }

    @Test
    @DisplayName("only the agreement's owner group works its task")
    void onlyTheOwnerGroup() {
        ProcessInstance opvolging = opvolging();
        Task uitvoeren = task(opvolging, Element.UITVOEREN);
        for (String user : List.of("politie1", "casusregisseur1", "procesregisseur1", "ggz1")) {
            assertThatThrownBy(() -> fixture.complete(user, uitvoeren, Map.of("afspraakUitkomst", "GEDAAN",
                    "afspraakToelichting", "Gedaan"))).as(user).isInstanceOf(AuthorizationException.class);
        }
        assertThat(afspraak(opvolging)).containsEntry("STATUS", "OPEN");
    }

    @Test
    @DisplayName("a normal agreement takes its path unchanged: no watch, no chair's task; every outcome fits its column")
    void normalAgreementUnchanged() {
        ProcessInstance opvolging = opvolging();
        assertThat(opvolging).isWaitingAt(Element.UITVOEREN).variables().containsEntry("bodemeis", false);

        fixture.complete("veiligthuis1", task(opvolging, Element.UITVOEREN), Map.of("afspraakUitkomst", "OMSTANDIGHEDEN_GEWIJZIGD",
                "afspraakToelichting", "Moeder is verhuisd"));

        assertThat(opvolging).isEnded()
                .hasPassedInOrder(Element.START, Element.BODEMEIS_VRAAG, Element.UITVOEREN, Element.AFSPRAAK_AFGEROND)
                .hasNotPassed(Element.BEWAKING, Element.BODEMEIS_BEWAKEN, Element.INCIDENT_MELDEN);
        assertThat(afspraak(opvolging)).containsEntry("STATUS", "OMSTANDIGHEDEN_GEWIJZIGD");
    }

    /**
     * A minimum condition (bodemeis): the police guards that Sam stays away from the school, up to
     * its deadline; the meeting agreed what happens on a breach and when it meets next. A breach is
     * a new incident on the case (NieuwIncident): the chair answers it in zvh-casus.
     */
    @Nested
    class Bodemeis {

        private static final String SCHENDING = "Sam stond dinsdag om 8 uur bij het hek van de school; de conciërge belde de politie.";
        private final LocalDate volgendOverleg = LocalDate.now().plusDays(28);
        private ProcessInstance casus;

        /** A case whose first meeting set one bodemeis for the police, kept until this deadline; returns its follow-up. */
        private ProcessInstance bodemeis(LocalDate deadline) {
            casus = fixture.naEersteOverleg(Fixture.uniek("Bodemeis"), "casusregisseur1",
                    Fixture.bodemeisverslag("politie", deadline, volgendOverleg));
            nummer = casus.getBusinessKey();
            List<ProcessInstance> opvolgingen = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(AfspraakOpvolging.PROCESS_KEY).processInstanceBusinessKey(nummer).list();
            assertThat(opvolgingen).as("one follow-up per bodemeis").hasSize(1);
            return opvolgingen.get(0);
        }

        private long casusId() {
            return casussen.findByNummer(Fixture.HUIS, nummer).orElseThrow().id();
        }

        private int fase() {
            return casussen.get(casusId()).fase();
        }

        /** The clients hear the first meeting's outcome and the chair moves the case on: phase 2, the second round begins. */
        private void naarFase2() {
            fixture.koppelTerug(fixture.focusoverleg(casus), "casusregisseur1", "Teruggekoppeld");
            fixture.complete("procesregisseur1", fixture.task(casus, ZvhCasus.Element.VERVOLG_BESLUITEN),
                    Map.of("overgang", "VOLGENDE", "overgangReden", "Het veiligheidsplan staat"));
            assertThat(fase()).isEqualTo(2);
            assertThat(runtimeService.getVariable(casus.getId(), "fase")).isEqualTo(2);
        }

        private void meldSchending(ProcessInstance opvolging) {
            fixture.complete("politie1", task(opvolging, Element.BODEMEIS_BEWAKEN), Map.of("bodemeisUitkomst", "GESCHONDEN",
                    "bodemeisSchending", SCHENDING));
        }

        /** The chair's task in the case (zvh-casus) after the breach became a new incident. */
        private Task vervroegen() {
            return taskService.createTaskQuery().processInstanceId(casus.getId())
                    .taskDefinitionKey(ZvhCasus.Element.INCIDENT_OVERLEG_VERVROEGEN).singleResult();
        }

        private List<String> audit() {
            return jdbc.sql("select actie from audit_log where casus_id = :c order by id").param("c", casusId())
                    .query(String.class).list();
        }

        private List<Map<String, Object>> incidenten() {
            return jdbc.sql("""
                    select bron, omschrijving, sleutel, gemeld_door, gemeld_door_groep, vervroegd_overleg, vervroeging_reden,
                        besloten_door
                    from incident where casus_id = :c""").param("c", casusId()).query().listOfRows();
        }

        /** What Tasklist gets to show on a task's form, as that user. */
        @SuppressWarnings("unchecked")
        private Map<String, String> formulier(String user, Task taak) {
            Map<String, Map<String, Object>> variabelen = http.withBasicAuth(user, "demo")
                    .getForObject("/engine-rest/task/" + taak.getId() + "/form-variables", Map.class);
            Map<String, String> waarden = new java.util.HashMap<>();
            variabelen.forEach((naam, variabele) -> waarden.put(naam, String.valueOf(variabele.get("value"))));
            return waarden;
        }

        /** Moves the engine's clock to that moment and runs the follow-up's timers that are due then. */
        private void klokNaar(ProcessInstance opvolging, LocalDateTime moment) {
            ClockUtil.setCurrentTime(Date.from(moment.atZone(ZoneId.systemDefault()).toInstant()));
            managementService.createJobQuery().processInstanceId(opvolging.getId()).executable().list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }

        @AfterEach
        void klokTerug() {
            ClockUtil.reset();
        }

        @Test
        @DisplayName("the guard's group gets 'Bodemeis bewaken', due at the deadline, showing what, why, the case and what the meeting agreed for a breach")
        void guardWatches() {
            LocalDate deadline = LocalDate.now().plusDays(14);
            ProcessInstance opvolging = bodemeis(deadline);

            assertThat(opvolging).isWaitingAt(Element.BODEMEIS_BEWAKEN).hasNotPassed(Element.UITVOEREN);
            Task bewaken = task(opvolging, Element.BODEMEIS_BEWAKEN);
            assertThat(bewaken.getName()).isEqualTo("Bodemeis bewaken");
            assertThat(bewaken.getTenantId()).isEqualTo(Fixture.HUIS);
            assertThat(taskService.getIdentityLinksForTask(bewaken.getId())).extracting(l -> l.getGroupId())
                    .containsExactly("politie");
            assertThat(bewaken.getDueDate()).isEqualTo(Date.from(deadline.atTime(23, 59).atZone(ZoneId.systemDefault()).toInstant()));
            assertThat(formulier("politie1", bewaken))
                    .containsEntry("casusnummer", nummer)
                    .containsEntry("afspraakWat", "Sam komt niet in de buurt van de school")
                    .containsEntry("afspraakWaarom", "Veiligheid van de kinderen")
                    .containsEntry("afspraakDeadline", Woorden.datum(deadline))
                    .containsEntry("afspraakBijSchending", "Meteen een vervroegd overleg; de politie licht de school in");
            assertThat(afspraak(opvolging)).containsEntry("STATUS", "OPEN");
        }

        @Test
        @DisplayName("kept: the guard confirms from the deadline on, the bodemeis is NAGELEEFD and the case stays as it is")
        void keptFromTheDeadline() {
            ProcessInstance opvolging = bodemeis(LocalDate.now());

            fixture.complete("politie1", task(opvolging, Element.BODEMEIS_BEWAKEN), Map.of("bodemeisUitkomst", "NAGELEEFD"));

            assertThat(opvolging).isEnded().hasPassedInOrder(Element.BODEMEIS_BEWAKEN, Element.BODEMEIS_NAGELEEFD)
                    .hasNotPassed(Element.INCIDENT_MELDEN);
            assertThat(afspraak(opvolging)).containsEntry("STATUS", "NAGELEEFD").containsEntry("AFGEROND_DOOR", "politie1");
            assertThat(audit()).contains("BODEMEIS_NAGELEEFD").doesNotContain("INCIDENT_GEMELD", "FASE_TERUG_INCIDENT");
            assertThat(incidenten()).isEmpty();
        }

        @Test
        @DisplayName("a bodemeis holds until its deadline: confirming it kept before then is refused, and a missing choice too")
        void keptNotBeforeTheDeadline() {
            LocalDate deadline = LocalDate.now().plusDays(14);
            ProcessInstance opvolging = bodemeis(deadline);
            Task bewaken = task(opvolging, Element.BODEMEIS_BEWAKEN);

            assertThatThrownBy(() -> fixture.complete("politie1", bewaken, Map.of("bodemeisUitkomst", "NAGELEEFD")))
                    .isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessage("Bodemeis: nageleefd bevestigt u vanaf de deadline (" + Woorden.datum(deadline)
                            + "); een schending meldt u meteen");
            assertThatThrownBy(() -> fixture.complete("politie1", bewaken, Map.of("bodemeisSchending", "Niets gezien")))
                    .isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessage("Bodemeis: kies of de bodemeis is nageleefd of geschonden");
            assertThat(task(opvolging, Element.BODEMEIS_BEWAKEN)).isNotNull();
            assertThat(afspraak(opvolging)).containsEntry("STATUS", "OPEN");
        }

        @Test
        @DisplayName("broken before the deadline: GESCHONDEN with what happened, reported to the case as a new incident that puts it back in phase 1 (row and instance) and gives the chair one task there")
        void brokenBeforeTheDeadline() {
            ProcessInstance opvolging = bodemeis(LocalDate.now().plusDays(14));
            naarFase2();

            meldSchending(opvolging);

            assertThat(afspraak(opvolging)).containsEntry("STATUS", "GESCHONDEN").containsEntry("AFGEROND_DOOR", "politie1")
                    .containsEntry("TOELICHTING", SCHENDING);
            assertThat(opvolging).isEnded().hasPassedInOrder(Element.BODEMEIS_BEWAKEN, Element.INCIDENT_MELDEN,
                    Element.INCIDENT_GEMELD).hasNotPassed(Element.BODEMEIS_NAGELEEFD);
            assertThat(managementService.createJobQuery().processInstanceId(opvolging.getId()).count())
                    .as("no deadline left to watch").isZero();

            long afspraakId = jdbc.sql("select id from afspraak where proces_instantie_id = :i").param("i", opvolging.getId())
                    .query(Long.class).single();
            assertThat(incidenten()).singleElement().satisfies(incident -> assertThat(incident)
                    .containsEntry("BRON", "BODEMEIS").containsEntry("SLEUTEL", "afspraak-" + afspraakId)
                    .containsEntry("GEMELD_DOOR", "politie1").containsEntry("GEMELD_DOOR_GROEP", "politie"));
            assertThat(fase()).as("the case's row").isEqualTo(1);
            assertThat(runtimeService.getVariable(casus.getId(), "fase")).as("the running zvh-casus instance").isEqualTo(1);
            assertThat(audit()).contains("BODEMEIS_GESCHONDEN", "INCIDENT_GEMELD", "FASE_TERUG_INCIDENT");
            assertThat(jdbc.sql("select uitkomst, genomen_door, reden from besluit where casus_id = :c and soort = 'INCIDENT'")
                    .param("c", casusId()).query().singleRow()).containsEntry("UITKOMST", "TERUG")
                    .containsEntry("GENOMEN_DOOR", "politie1")
                    .containsEntry("REDEN", "Nieuw incident (Bodemeis geschonden): terug naar fase 1, directe veiligheid");

            Task vervroegen = vervroegen();
            assertThat(vervroegen.getName()).isEqualTo("Nieuw incident: overleg vervroegen");
            assertThat(vervroegen.getPriority()).isEqualTo(90);
            assertThat(vervroegen.getDueDate()).isNotNull();
            assertThat(taskService.getIdentityLinksForTask(vervroegen.getId())).extracting(l -> l.getGroupId())
                    .containsExactly("procesregisseur");
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nummer).taskCandidateGroup("procesregisseur")
                    .taskNameLike("%vervroegen%").count()).as("one task for the chair, not two").isEqualTo(1);
            Map<String, String> formulier = formulier("procesregisseur1", vervroegen);
            assertThat(formulier).containsEntry("incidentBronTekst", "Bodemeis geschonden")
                    .containsEntry("volgendOverlegTekst", Woorden.datum(volgendOverleg) + " (afgesproken in het vorige overleg)");
            assertThat(formulier.get("incidentGemeld")).startsWith("Pieter Visser (Politie), ");
            assertThat(formulier.get("incidentTekst")).contains("Sam komt niet in de buurt van de school", "bewaakt door Politie",
                    SCHENDING, "Meteen een vervroegd overleg; de politie licht de school in");
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(opvolging.getId())
                    .variableName("bodemeisSchending").count()).as("what people wrote never reached the engine's history").isZero();
            assertThat(runtimeService.getVariables(casus.getId())).doesNotContainKeys("incidentOmschrijving", "incidentBron");
        }

        @Test
        @DisplayName("a bodemeis of the OM segment: the incident says a condition from the OM segment was broken, not what it was or what happened")
        void brokenOmSegmentCondition() {
            casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("OmBodemeis")));
            nummer = casus.getBusinessKey();
            fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
            fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
            ProcessInstance overleg = fixture.focusoverleg(casus);
            fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
            fixture.houdGesplitstOverleg(overleg, "GEHEIM-OM");
            ProcessInstance opvolging = runtimeService.createProcessInstanceQuery().processDefinitionKey(AfspraakOpvolging.PROCESS_KEY)
                    .processInstanceBusinessKey(nummer).list().stream()
                    .filter(o -> jdbc.sql("select wat from afspraak where proces_instantie_id = :i").param("i", o.getId())
                            .query(String.class).single().startsWith("GEHEIM-OM"))
                    .filter(o -> task(o, Element.BODEMEIS_BEWAKEN) != null).findFirst().orElseThrow();

            fixture.complete("politie1", task(opvolging, Element.BODEMEIS_BEWAKEN), Map.of("bodemeisUitkomst", "GESCHONDEN",
                    "bodemeisSchending", "GEHEIM-OM gezien bij de woning"));

            String omschrijving = (String) incidenten().get(0).get("OMSCHRIJVING");
            assertThat(omschrijving).contains("OM-deel", "bewaakt door Politie").doesNotContain("GEHEIM-OM");
            Task kennisnemen = taskService.createTaskQuery().processInstanceId(casus.getId())
                    .taskDefinitionKey(ZvhCasus.Element.INCIDENT_KENNISNEMEN).taskCandidateGroup("veiligthuis").singleResult();
            assertThat(formulier("veiligthuis1", kennisnemen).get("incidentTekst")).doesNotContain("GEHEIM-OM");
        }

        @Test
        @DisplayName("after a breach the next round knows it: fase-overgang advises from phase 1 and stays there")
        void nextRoundAdvisesFromPhaseOne() {
            ProcessInstance opvolging = bodemeis(LocalDate.now().plusDays(14));
            naarFase2();
            meldSchending(opvolging);

            ProcessInstance tweedeRonde = fixture.focusoverleg(casus);
            fixture.complete("casusregisseur1", fixture.task(tweedeRonde, "UserTask_ClientenVoorbereiden"),
                    Map.of("wensenClienten", "Rust in huis", "deelnameClienten", "NEE"));
            fixture.houdOverleg(tweedeRonde, Fixture.overlegverslag(false, "Veiligheid eerst", 2, 3));
            fixture.koppelTerug(tweedeRonde, "casusregisseur1", "Teruggekoppeld");

            assertThat(casus).isWaitingAt(ZvhCasus.Element.VERVOLG_BESLUITEN).variables()
                    .containsEntry("fase", 1).containsEntry("bodemeisGeschonden", true)
                    .containsEntry("adviesOvergang", "BLIJVEN").containsEntry("adviesNaarFase", 1);
        }

        @Test
        @DisplayName("a breach needs what happened: refused naming 'Wat is er gebeurd?', nothing stored, the case unchanged")
        void breachNeedsDescription() {
            ProcessInstance opvolging = bodemeis(LocalDate.now().plusDays(14));
            naarFase2();
            Task bewaken = task(opvolging, Element.BODEMEIS_BEWAKEN);

            for (String leeg : List.of("", "   ")) {
                assertThatThrownBy(() -> fixture.complete("politie1", bewaken, Map.of("bodemeisUitkomst", "GESCHONDEN",
                        "bodemeisSchending", leeg)))
                        .isInstanceOf(OngeldigeInvoerException.class)
                        .hasMessage("Wat is er gebeurd?: beschrijf wat er gebeurd is: wat, wanneer en wie het zag");
            }
            assertThatThrownBy(() -> fixture.complete("politie1", bewaken, Map.of("bodemeisUitkomst", "GESCHONDEN")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Wat is er gebeurd?");

            assertThat(task(opvolging, Element.BODEMEIS_BEWAKEN)).isNotNull();
            assertThat(afspraak(opvolging)).containsEntry("STATUS", "OPEN");
            assertThat(fase()).isEqualTo(2);
            assertThat(runtimeService.getVariable(casus.getId(), "fase")).isEqualTo(2);
            assertThat(incidenten()).isEmpty();
            assertThat(vervroegen()).isNull();
        }

        @Test
        @DisplayName("unconfirmed at the deadline: the case director looks into it, two weeks later the chair; the guard's confirmation ends both")
        void unconfirmedEscalates() {
            LocalDate deadline = LocalDate.now();
            ProcessInstance opvolging = bodemeis(deadline);

            klokNaar(opvolging, deadline.atTime(23, 0));
            assertThat(task(opvolging, Element.BODEMEIS_NAGAAN_CASUSREGISSEUR)).as("not before the deadline has passed").isNull();

            klokNaar(opvolging, deadline.plusDays(1).atTime(8, 0));
            Task nagaan = task(opvolging, Element.BODEMEIS_NAGAAN_CASUSREGISSEUR);
            assertThat(nagaan.getName()).isEqualTo("Onbevestigde bodemeis nagaan");
            assertThat(nagaan.getAssignee()).isEqualTo("casusregisseur1");
            assertThat(task(opvolging, Element.BODEMEIS_BEWAKEN)).as("the guard can still report").isNotNull();
            assertThat(task(opvolging, Element.BODEMEIS_NAGAAN_VOORZITTER)).isNull();
            assertThat(afspraak(opvolging)).as("unconfirmed is not kept").containsEntry("STATUS", "OPEN");

            klokNaar(opvolging, deadline.plusDays(15).atTime(8, 0));
            assertThat(taskService.getIdentityLinksForTask(task(opvolging, Element.BODEMEIS_NAGAAN_VOORZITTER).getId()))
                    .extracting(l -> l.getGroupId()).containsExactly("procesregisseur");

            fixture.complete("politie1", task(opvolging, Element.BODEMEIS_BEWAKEN), Map.of("bodemeisUitkomst", "NAGELEEFD",
                    "bodemeisSchending", "Geen meldingen bij de school of de politie"));
            assertThat(opvolging).isEnded().hasPassed(Element.BODEMEIS_NAGELEEFD);
            assertThat(taskService.createTaskQuery().processInstanceId(opvolging.getId()).count()).isZero();
            assertThat(afspraak(opvolging)).containsEntry("STATUS", "NAGELEEFD")
                    .containsEntry("TOELICHTING", "Geen meldingen bij de school of de politie");
        }

        @Test
        @DisplayName("broken after the deadline: the open look into it ends with the watch, and the chair takes over in the case")
        void brokenAfterTheDeadline() {
            LocalDate deadline = LocalDate.now();
            ProcessInstance opvolging = bodemeis(deadline);
            klokNaar(opvolging, deadline.plusDays(1).atTime(8, 0));
            assertThat(task(opvolging, Element.BODEMEIS_NAGAAN_CASUSREGISSEUR)).isNotNull();

            meldSchending(opvolging);

            assertThat(task(opvolging, Element.BODEMEIS_NAGAAN_CASUSREGISSEUR)).isNull();
            assertThat(opvolging).isEnded().hasPassed(Element.INCIDENT_GEMELD);
            assertThat(vervroegen()).isNotNull();
            assertThat(fase()).as("the case was in phase 1 already").isEqualTo(1);
            assertThat(audit()).contains("BODEMEIS_GESCHONDEN", "INCIDENT_GEMELD").doesNotContain("FASE_TERUG_INCIDENT");
        }

        @Test
        @DisplayName("the chair proposes an earlier meeting: the date is stored with the incident, and the chair's part of it ends")
        void chairProposesEarlierMeeting() {
            meldSchending(bodemeis(LocalDate.now().plusDays(14)));
            LocalDate vervroegd = LocalDate.now().plusDays(3);

            fixture.complete("procesregisseur1", vervroegen(), Map.of("vervroegdOverleg", vervroegd.toString()));

            assertThat(casus).hasPassed(ZvhCasus.Element.OVERLEG_BESLOTEN);
            assertThat(incidenten().get(0)).containsEntry("VERVROEGD_OVERLEG", java.sql.Date.valueOf(vervroegd))
                    .containsEntry("VERVROEGING_REDEN", null).containsEntry("BESLOTEN_DOOR", "procesregisseur1");
            assertThat(audit()).contains("OVERLEG_VERVROEGD");
            assertThat(runtimeService.getVariables(casus.getId())).doesNotContainKeys("vervroegdOverleg", "vervroegingReden");
        }

        @Test
        @DisplayName("the chair keeps the planned meeting, with the reason why")
        void chairKeepsThePlannedMeeting() {
            ProcessInstance opvolging = bodemeis(LocalDate.now().plusDays(14));
            meldSchending(opvolging);

            fixture.complete("procesregisseur1", vervroegen(),
                    Map.of("vervroegingReden", "Het overleg is over vijf dagen al; de politie heeft de school ingelicht"));

            assertThat(casus).hasPassed(ZvhCasus.Element.OVERLEG_BESLOTEN);
            assertThat(incidenten().get(0)).containsEntry("VERVROEGD_OVERLEG", null)
                    .containsEntry("VERVROEGING_REDEN", "Het overleg is over vijf dagen al; de politie heeft de school ingelicht");
            assertThat(audit()).contains("OVERLEG_ZOALS_GEPLAND");
        }

        @Test
        @DisplayName("the chair's answer needs a date or a reason, not both; a date comes before the planned meeting")
        void chairNeedsDateOrReason() {
            ProcessInstance opvolging = bodemeis(LocalDate.now().plusDays(14));
            meldSchending(opvolging);
            Task vervroegen = vervroegen();

            assertThatThrownBy(() -> fixture.complete("procesregisseur1", vervroegen, Map.of()))
                    .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessage("Voorgestelde datum van het vervroegde overleg: stel een datum voor, of zeg waarom het volgende"
                            + " overleg blijft zoals gepland; Of: waarom blijft het volgende overleg zoals gepland?: geef de"
                            + " reden, of stel een datum voor een vervroegd overleg voor");
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", vervroegen, Map.of("vervroegingReden", " ")))
                    .rootCause().isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Voorgestelde datum van het vervroegde overleg");
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", vervroegen, Map.of(
                    "vervroegdOverleg", LocalDate.now().plusDays(3).toString(), "vervroegingReden", "Toch maar niet")))
                    .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessageContaining("Of: waarom blijft het volgende overleg zoals gepland?: laat leeg als u een datum voorstelt");
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", vervroegen, Map.of(
                    "vervroegdOverleg", volgendOverleg.plusDays(1).toString())))
                    .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessageContaining("ligt niet vóór het geplande volgende overleg (" + Woorden.datum(volgendOverleg) + ")");
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", vervroegen, Map.of(
                    "vervroegdOverleg", LocalDate.now().minusDays(1).toString())))
                    .rootCause().isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geef een datum vanaf vandaag");

            assertThat(vervroegen()).isNotNull();
            assertThat(incidenten().get(0)).containsEntry("VERVROEGD_OVERLEG", null).containsEntry("VERVROEGING_REDEN", null);
        }

        @Test
        @DisplayName("only the guard's group works the watch, only the chair the answer to a breach: not the guard, nor another partner")
        void onlyGuardAndChair() {
            ProcessInstance opvolging = bodemeis(LocalDate.now().plusDays(14));
            Task bewaken = task(opvolging, Element.BODEMEIS_BEWAKEN);
            for (String user : List.of("ggz1", "veiligthuis1", "casusregisseur1", "procesregisseur1")) {
                assertThatThrownBy(() -> fixture.complete(user, bewaken, Map.of("bodemeisUitkomst", "GESCHONDEN",
                        "bodemeisSchending", "Gezien"))).as(user).isInstanceOf(AuthorizationException.class);
            }
            meldSchending(opvolging);
            Task vervroegen = vervroegen();
            for (String user : List.of("politie1", "ggz1", "casusregisseur1")) {
                assertThatThrownBy(() -> fixture.complete(user, vervroegen, Map.of("vervroegingReden", "Zoals gepland")))
                        .as(user).isInstanceOf(AuthorizationException.class);
            }
            assertThat(vervroegen()).isNotNull();
        }
    }
}
