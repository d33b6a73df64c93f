package nl.casusregie.overleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.overleg.Focusoverleg.Element;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CasusregieTest
class FocusoverlegProcessTest {

    @Autowired Fixture fixture;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IncidentService incidentService;

    /** A referral taken up as MDA++ with casusregisseur1 as case director: its first round starts. */
    private ProcessInstance start() {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 3, 4, false, Fixture.uniek("Overleg")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        return fixture.focusoverleg(casus);
    }

    @Test
    @DisplayName("the case director prepares with the clients, the chair records, and clients who attended get a debrief")
    void clientsPresentGetDebrief() {
        ProcessInstance overleg = start();
        assertThat(overleg).isWaitingAt(Element.VOORBEREIDEN, Element.PLANNEN);
        assertThat(fixture.task(overleg, Element.VOORBEREIDEN).getAssignee()).isEqualTo("casusregisseur1");
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Vader wil over de omgangsregeling praten",
                "deelnameClienten", "JA"));

        assertThat(overleg).isWaitingAt(Element.PLANNEN);
        fixture.houdOverleg(overleg, Fixture.overlegverslag(true, "Zonder plan geen veilige overdracht", 3, 5));

        assertThat(overleg).isWaitingAt(Element.NABESPREKEN).task().isAssignedTo("casusregisseur1");
        assertThat(overleg).variables().containsEntry("gemiddeldeScore", 4.0).containsEntry("scoreSpreiding", 2)
                .containsEntry("aantalOverleggen", 1);
        fixture.complete("casusregisseur1", overleg, Map.of("nabespreking", "Moeder vond het zwaar maar helpend."));
        assertThat(overleg).as("Noor reads Arabic: the letter goes to translation").isWaitingAt(Element.BRIEF_VERTALEN);
        fixture.complete("casusregisseur1", overleg, Map.of("vertaald", true));

        assertThat(overleg).isEnded().hasPassed(Element.AFGEROND).hasNotPassed(Element.TERUGKOPPELEN);
        Object overlegId = historyService.createHistoricVariableInstanceQuery().processInstanceId(overleg.getId())
                .variableName("overlegId").singleResult().getValue();
        assertThat(jdbc.sql("select count(*) from afspraak where overleg_id = :id").param("id", overlegId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from schaalscore where overleg_id = :id").param("id", overlegId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    @DisplayName("clients who did not attend get feedback on what was discussed")
    void clientsAbsentGetFeedback() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Niets", "deelnameClienten", "NEE"));
        fixture.houdOverleg(overleg, Fixture.overlegverslag(false, "Veiligheid eerst", 3, 5));

        assertThat(overleg).isWaitingAt(Element.TERUGKOPPELEN).task().isAssignedTo("casusregisseur1");
        fixture.complete("casusregisseur1", overleg, Map.of("nabespreking", "Telefonisch uitgelegd."));
        fixture.complete("casusregisseur1", overleg, Map.of("vertaald", true));
        assertThat(overleg).isEnded().hasNotPassed(Element.NABESPREKEN);
    }

    @Test
    @DisplayName("an agreement without a reason is refused and the meeting stays open for correction")
    void agreementWithoutReasonIsRefused() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Niets", "deelnameClienten", "NEE"));
        fixture.planOverleg(overleg, false);

        assertThatThrownBy(() -> fixture.complete("procesregisseur1", overleg, Fixture.overlegverslag(false, null, 3, 5)))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Afspraak 1, Waarom: zeg waarom deze afspraak nodig is");
        assertThat(overleg).isWaitingAt(Element.VASTLEGGEN);
    }

    @Test
    @DisplayName("an agreement without its kind is refused, naming the field as the form does")
    void agreementWithoutKindIsRefused() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Niets", "deelnameClienten", "NEE"));
        fixture.planOverleg(overleg, false);
        Map<String, Object> verslag = new java.util.HashMap<>(Fixture.overlegverslag(false, "Veiligheid eerst", 3, 5));
        verslag.put("afspraken", org.camunda.spin.Spin.JSON("""
                [{"soort":"IETS_ANDERS","partner":"veiligthuis","wat":"Plan","deadline":"%s","waarom":"Veiligheid"}]"""
                .formatted(java.time.LocalDate.now().plusDays(7))));

        assertThatThrownBy(() -> fixture.complete("procesregisseur1", overleg, verslag))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Afspraak 1, Soort afspraak: kies de soort afspraak");
        assertThat(overleg).isWaitingAt(Element.VASTLEGGEN);
    }

    @Test
    @DisplayName("with the OM needed and clients attending, the meeting splits: OM segment first, then the clients' segment; "
            + "what is said in the OM segment is stored apart")
    void splitMeetingWithOm() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
        fixture.planOverleg(overleg, true, "om", "veiligthuis");
        assertThat(jdbc.sql("""
                select s.soort from overleg_segment s join overleg o on o.id = s.overleg_id
                where o.proces_instantie_id = :pi order by s.volgorde""").param("pi", overleg.getId())
                .query(String.class).list()).containsExactly("OM", "CLIENTEN");

        Map<String, Object> omDeel = new HashMap<>(Fixture.overlegverslag(false, "Vervolging loopt", 6));
        omDeel.put("beeldvorming", "OM-GEHEIM: aangifte wordt voorbereid");
        Map<String, Object> metClienten = new HashMap<>(omDeel);
        metClienten.put("clientenAanwezig", true);
        assertThatThrownBy(() -> fixture.complete("procesregisseur1", fixture.task(overleg, Element.VASTLEGGEN), metClienten))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("bij dit deel zijn geen cliënten aanwezig");
        Map<String, Object> metVolgendOverleg = new HashMap<>(omDeel);
        metVolgendOverleg.put("volgendOverleg", java.time.LocalDate.now().plusDays(30).toString());
        assertThatThrownBy(() -> fixture.complete("procesregisseur1", fixture.task(overleg, Element.VASTLEGGEN), metVolgendOverleg))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageStartingWith("Volgend overleg: leg dit vast in een deel zonder OM");
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.VASTLEGGEN), omDeel);
        assertThat(runtimeService.getVariables(overleg.getId()).values())
                .as("the OM segment's text left the engine").noneMatch(v -> String.valueOf(v).contains("OM-GEHEIM"));
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.VASTLEGGEN),
                Fixture.overlegverslag(true, "Rust voor de kinderen", 4, 5));

        assertThat(overleg).isWaitingAt(Element.NABESPREKEN);
        assertThat(overleg).variables().containsEntry("gemiddeldeScore", 5.0).containsEntry("hoogsteZorg", 6)
                .containsEntry("clientenAanwezig", true);
        assertThat(jdbc.sql("""
                select s.soort from overleg_segment s where s.beeldvorming like 'OM-GEHEIM%'""")
                .query(String.class).list()).containsExactly("OM");
    }

    @Test
    @DisplayName("where stalking plays and clients attend, victim and perpetrator get separate segments after the professionals")
    void stalkingKeepsVictimAndPerpetratorApart() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "JA"));
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.PLANNEN), Fixture.overlegplan(false, true, "politie"));
        assertThat(jdbc.sql("""
                select s.soort from overleg_segment s join overleg o on o.id = s.overleg_id
                where o.proces_instantie_id = :pi order by s.volgorde""").param("pi", overleg.getId())
                .query(String.class).list()).containsExactly("PROFESSIONALS", "SLACHTOFFER", "PLEGER");
    }

    @Test
    @DisplayName("the chair may change the advised composition only with a reason, which is kept as a deviation")
    void changedCompositionNeedsReason() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "NEE"));
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.PLANNEN), Fixture.overlegplan(false, false, "politie"));
        Map<String, Object> wijziging = new HashMap<>(Map.of("uitgenodigdePartners", Fixture.partnerlijst("politie", "ggz"),
                "opzetWijzigen", true, "segmenten", Fixture.partnerlijst("PROFESSIONALS", "MINDERJARIGEN")));
        assertThatThrownBy(() -> fixture.complete("procesregisseur1", fixture.task(overleg, Element.OPZET_BEVESTIGEN), wijziging))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Reden van de wijziging: geef de reden waarom u afwijkt van het advies of de uitnodigingen wijzigt");
        wijziging.put("opzetReden", "De zoon wil apart praten; GGZ behandelt vader");
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.OPZET_BEVESTIGEN), wijziging);

        assertThat(taskService.createTaskQuery().processInstanceId(overleg.getId())
                .taskDefinitionKey(Element.INFORMATIE_AANLEVEREN).list())
                .extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("politie", "ggz");
        assertThat(jdbc.sql("select opzet_afwijkend from overleg where proces_instantie_id = :pi")
                .param("pi", overleg.getId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    @DisplayName("a partner records its basis for sharing; a refused consent needs who refused what; a missing contribution "
            + "does not hold up the meeting and the chair is warned")
    void contributionsWithTheirBasis() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Rust", "deelnameClienten", "NEE"));
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.PLANNEN), Fixture.overlegplan(false, false, "ggz", "veiligthuis"));
        fixture.complete("procesregisseur1", fixture.task(overleg, Element.OPZET_BEVESTIGEN),
                Map.of("uitgenodigdePartners", Fixture.partnerlijst("ggz", "veiligthuis")));
        var ggz = taskService.createTaskQuery().processInstanceId(overleg.getId()).taskCandidateGroup("ggz").singleResult();
        assertThat(ggz.getDueDate()).isNotNull();
        assertThatThrownBy(() -> fixture.complete("ggz1", ggz, Map.of("grondslag", "GEWEIGERD")))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Wie weigerde welke toestemming?: beschrijf wie welke toestemming heeft geweigerd");
        fixture.complete("ggz1", ggz, Map.of("grondslag", "GEWEIGERD", "weigering", "Moeder weigert toestemming voor contact met de reclassering"));

        fixture.runJobs(overleg);
        assertThat(overleg).isWaitingAt(Element.VASTLEGGEN);
        assertThat(jdbc.sql("select grondslag || ':' || weigering from bijdrage b join overleg o on o.id = b.overleg_id "
                + "where o.proces_instantie_id = :pi and b.partner = 'ggz'").param("pi", overleg.getId()).query(String.class).single())
                .isEqualTo("GEWEIGERD:Moeder weigert toestemming voor contact met de reclassering");
    }

    @Test
    @DisplayName("the next round's plan proposes the date the last round agreed")
    void nextRoundProposesAgreedDate() {
        LocalDate volgend = LocalDate.now().plusDays(28);
        ProcessInstance casus = fixture.naEersteOverleg(Fixture.uniek("Datum"), "casusregisseur1",
                Fixture.bodemeisverslag("politie", LocalDate.now().plusDays(14), volgend));

        ProcessInstance tweede = volgendeRonde(casus);

        assertThat(tweede).isWaitingAt(Element.VOORBEREIDEN, Element.PLANNEN);
        assertThat(planformulier(tweede)).containsEntry("datum", volgend.toString())
                .containsEntry("datumHerkomst", "Afgesproken in het vorige overleg");
    }

    @Test
    @DisplayName("after a broken minimum condition the next round's plan proposes the earlier date the chair set")
    void nextRoundProposesEarlierDate() {
        LocalDate vervroegd = LocalDate.now().plusDays(3);
        ProcessInstance casus = fixture.naEersteOverleg(Fixture.uniek("Vervroegd"), "casusregisseur1",
                Fixture.bodemeisverslag("politie", LocalDate.now().plusDays(14), LocalDate.now().plusDays(28)));
        fixture.complete("politie1", taskService.createTaskQuery().processInstanceBusinessKey(casus.getBusinessKey())
                .taskDefinitionKey(AfspraakOpvolging.Element.BODEMEIS_BEWAKEN).singleResult(),
                Map.of("bodemeisUitkomst", "GESCHONDEN", "bodemeisSchending", "Sam stond bij de school"));
        fixture.complete("procesregisseur1", fixture.task(casus, ZvhCasus.Element.INCIDENT_OVERLEG_VERVROEGEN),
                Map.of("vervroegdOverleg", vervroegd.toString()));

        ProcessInstance tweede = volgendeRonde(casus);

        assertThat(planformulier(tweede)).containsEntry("datum", vervroegd.toString())
                .containsEntry("datumHerkomst", "Vervroegd door de voorzitter na een geschonden bodemeis");
    }

    /**
     * The next meeting on the clock: the chair plans a round at least a week (plannen-voor-overleg)
     * before the date the last round agreed; after that the plan task goes to the top of the list.
     */
    @Nested
    class VolgendOverlegOpDeKlok {

        @AfterEach
        void klokTerug() {
            ClockUtil.reset();
        }

        private Date om(LocalDateTime moment) {
            return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
        }

        /** Moves the engine's clock to that moment and runs the round's timers that are due then. */
        private void klokNaar(ProcessInstance overleg, LocalDateTime moment) {
            ClockUtil.setCurrentTime(om(moment));
            managementService.createJobQuery().processInstanceId(overleg.getId()).executable().list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }

        @Test
        @DisplayName("the plan task is due a week before the agreed date and, still open then, escalates to priority 90 and the audit log; planning goes on")
        void unplannedRoundEscalates() {
            LocalDate volgend = LocalDate.now().plusDays(20);
            ProcessInstance casus = fixture.naEersteOverleg(Fixture.uniek("Klok"), "casusregisseur1",
                    Fixture.bodemeisverslag("politie", LocalDate.now().plusDays(14), volgend));
            ProcessInstance tweede = volgendeRonde(casus);
            LocalDateTime uiterlijk = volgend.minusDays(7).atTime(9, 0);

            Task plannen = fixture.task(tweede, Element.PLANNEN);
            assertThat(plannen.getDueDate()).isEqualTo(om(uiterlijk));
            assertThat(plannen.getPriority()).isEqualTo(50);
            assertThat(managementService.createJobQuery().processInstanceId(tweede.getId())
                    .activityId(Element.VOLGEND_OVERLEG_NADERT).singleResult().getDuedate()).isEqualTo(om(uiterlijk));

            klokNaar(tweede, uiterlijk.minusMinutes(1));
            assertThat(fixture.task(tweede, Element.PLANNEN).getPriority()).as("not before the moment").isEqualTo(50);

            klokNaar(tweede, uiterlijk.plusMinutes(1));
            assertThat(tweede).hasPassed(Element.PLANNEN_VOORRANG_GEVEN, Element.VOORZITTER_GEWAARSCHUWD);
            assertThat(fixture.task(tweede, Element.PLANNEN).getPriority()).isEqualTo(90);
            assertThat(jdbc.sql("select actie from audit_log where casus_id = (select id from casus where nummer = :n)")
                    .param("n", casus.getBusinessKey()).query(String.class).list()).contains("OVERLEG_NOG_NIET_GEPLAND");

            ClockUtil.reset();
            fixture.complete("casusregisseur1", fixture.task(tweede, Element.VOORBEREIDEN),
                    Map.of("wensenClienten", "Rust", "deelnameClienten", "NEE"));
            fixture.planOverleg(tweede, false);
            assertThat(tweede).isWaitingAt(Element.VASTLEGGEN);
        }

        @Test
        @DisplayName("without an agreed date the plan task is due, and escalates, a week after the round began")
        void withoutAgreedDate() {
            ProcessInstance overleg = start();
            Date over7Dagen = om(LocalDateTime.now().plusDays(7));
            Date plannen = fixture.task(overleg, Element.PLANNEN).getDueDate();
            assertThat(plannen).isCloseTo(over7Dagen, 60_000);
            assertThat(managementService.createJobQuery().processInstanceId(overleg.getId())
                    .activityId(Element.VOLGEND_OVERLEG_NADERT).singleResult().getDuedate()).isEqualTo(plannen);
        }

        @Test
        @DisplayName("planned in time: the escalation never comes")
        void plannedInTime() {
            ProcessInstance overleg = start();
            fixture.complete("procesregisseur1", fixture.task(overleg, Element.PLANNEN), Fixture.overlegplan(false, false, "veiligthuis"));

            assertThat(managementService.createJobQuery().processInstanceId(overleg.getId())
                    .activityId(Element.VOLGEND_OVERLEG_NADERT).count()).isZero();
            assertThat(overleg).hasNotPassed(Element.PLANNEN_VOORRANG_GEVEN);
        }

        @Test
        @DisplayName("an earlier date after an incident moves the deadline of a round still waiting for its plan")
        void incidentMovesTheDeadline() {
            ProcessInstance casus = fixture.naEersteOverleg(Fixture.uniek("Klok"), "casusregisseur1",
                    Fixture.bodemeisverslag("politie", LocalDate.now().plusDays(14), LocalDate.now().plusDays(40)));
            ProcessInstance tweede = volgendeRonde(casus);
            LocalDate vervroegd = LocalDate.now().plusDays(10);
            incidentService.meld(new IncidentService.Incident(casus.getBusinessKey(), Fixture.HUIS, "POLITIE",
                    "Melding van huiselijk geweld in de nacht", Fixture.uniek("bvh-")));

            fixture.complete("procesregisseur1", fixture.task(casus, ZvhCasus.Element.INCIDENT_OVERLEG_VERVROEGEN),
                    Map.of("vervroegdOverleg", vervroegd.toString()));

            Date uiterlijk = om(vervroegd.minusDays(7).atTime(9, 0));
            assertThat(fixture.task(tweede, Element.PLANNEN).getDueDate()).isEqualTo(uiterlijk);
            assertThat(managementService.createJobQuery().processInstanceId(tweede.getId())
                    .activityId(Element.VOLGEND_OVERLEG_NADERT).singleResult().getDuedate()).isEqualTo(uiterlijk);
            assertThat(planformulier(tweede)).containsEntry("datum", vervroegd.toString())
                    .containsEntry("datumHerkomst", "Vervroegd door de voorzitter na een nieuw incident");
        }
    }

    /** What Tasklist shows the chair on the round's plan form. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> planformulier(ProcessInstance overleg) {
        Map<String, Map<String, Object>> variabelen = http.withBasicAuth("procesregisseur1", "demo")
                .getForObject("/engine-rest/task/{id}/form-variables", Map.class, fixture.task(overleg, Element.PLANNEN).getId());
        Map<String, Object> waarden = new HashMap<>();
        variabelen.forEach((naam, variabele) -> waarden.put(naam, variabele.get("value")));
        return waarden;
    }

    /** The first round's feedback, and the chair following the advice: the next round starts. */
    private ProcessInstance volgendeRonde(ProcessInstance casus) {
        fixture.koppelTerug(fixture.focusoverleg(casus), "casusregisseur1", "Besproken met de cliënten");
        fixture.complete("procesregisseur1", casus, Map.of("overgang", runtimeService.getVariable(casus.getId(), "adviesOvergang")));
        return fixture.focusoverleg(casus);
    }
}
