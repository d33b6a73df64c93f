package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.aanmelding.AanmeldingService;
import nl.casusregie.aanmelding.Registratie;
import nl.casusregie.casus.ZvhCasus.Element;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CasusregieTest
class ZvhCasusProcessTest {

    @Autowired Fixture fixture;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired AanmeldingService aanmeldingService;
    @Autowired CasusRepository casussen;
    @Autowired CasusService casusService;
    @Autowired BesluitRepository besluiten;

    private ProcessInstance mdaPlusPlusReferral() {
        return fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Mda")));
    }

    private long casusId(ProcessInstance instance) {
        return ((Number) runtimeService.getVariable(instance.getId(), "casusId")).longValue();
    }

    private static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** Starts a case in the middle (late branches), with its case row in the state that point implies. */
    private ProcessInstance startAt(String activityId, String aanpak, int fase, Map<String, Object> extra) {
        return startAt(List.of(activityId), aanpak, fase, extra);
    }

    private ProcessInstance startAt(List<String> activityIds, String aanpak, int fase, Map<String, Object> extra) {
        Registratie registratie = fixture.as("politie1", () -> aanmeldingService.registreer(
                Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Midden")),
                new Aanmelder("politie1", "politie", Fixture.HUIS)));
        long id = registratie.casus().id();
        Map<String, Object> variables = vars("casusId", id, "huis", Fixture.HUIS, "aanmelderGroep", "politie",
                "aanpak", aanpak, "fase", fase, "casusregisseur", "casusregisseur1", "nazorgTermijn", "P3M",
                "aantalOverleggen", 1, "acuutGevaar", false);
        variables.putAll(extra);
        // Only the engine itself may start in the middle (users are refused, see AccessMatrixTest);
        // the case is bound to the instance as a referral binds it, then brought to that point.
        var start = runtimeService.createProcessInstanceByKey(ZvhCasus.PROCESS_KEY)
                .businessKey(registratie.casus().nummer())
                .setVariables(variables); // process variables, before the instruction: the house comes from "huis"
        activityIds.forEach(start::startBeforeActivity);
        ProcessInstance instance = start.execute();
        assertThat(casussen.bind(id, Fixture.HUIS, registratie.casus().nummer(), instance.getId())).isTrue();
        casussen.updateAanpak(id, aanpak);
        casusService.wijsCasusregieToe(id, "casusregisseur1", "startpunt van de test", "test");
        casussen.updateFase(id, fase);
        return instance;
    }

    /** One focus meeting round with the given scores, clients absent. */
    private void focusoverleg(ProcessInstance casus, int... scores) {
        ProcessInstance overleg = fixture.focusoverleg(casus);
        fixture.complete(fixture.task(overleg, "UserTask_ClientenVoorbereiden").getAssignee(), overleg,
                vars("wensenClienten", "Rust in huis", "deelnameClienten", "NEE"));
        fixture.houdOverleg(overleg, Fixture.overlegverslag(false, "Veiligheid eerst", scores));
        fixture.koppelTerug(overleg, fixture.task(overleg).getAssignee(), "Teruggekoppeld");
    }

    @Nested
    class Triage {

        @Test
        @DisplayName("a referral waits for the procesregisseur's triage with the DMN advice and the earlier cases")
        void referralWaitsForTriage() {
            ProcessInstance casus = mdaPlusPlusReferral();

            assertThat(casus).isWaitingAt(Element.TRIAGE_BESLUITEN).hasPassed(Element.TRIAGE_ADVIES)
                    .task().hasCandidateGroup("procesregisseur").isNotAssigned();
            assertThat(fixture.task(casus).getDueDate()).isNotNull();
            assertThat(casus).variables().containsEntry("adviesAanpak", "MDA++").containsEntry("aanpak", "MDA++")
                    .containsEntry("eerdereCasussen", "geen").containsKey("adviesReden");
            assertThat(casus.getTenantId()).isEqualTo(Fixture.HUIS);
        }

        @Test
        @DisplayName("a referral in acute danger comes first: triage is due the next day, with a higher priority")
        void acuteDangerComesFirst() {
            ProcessInstance acuut = fixture.meldAan(Fixture.aanmelding(true, 5, 4, true, Fixture.uniek("Acuut")));
            ProcessInstance gewoon = mdaPlusPlusReferral();

            assertThat(fixture.task(acuut).getPriority()).isEqualTo(90);
            assertThat(fixture.task(acuut).getDueDate()).isBefore(java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().plusDays(2)));
            assertThat(fixture.task(gewoon).getPriority()).isEqualTo(50);
            assertThat(fixture.task(gewoon).getDueDate()).isAfter(java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().plusDays(6)));
        }

        @Test
        @DisplayName("not taken up: the referrer's group gives the clients feedback and the case ends as referred")
        void notTakenUp() {
            ProcessInstance casus = mdaPlusPlusReferral();
            fixture.complete("procesregisseur1", casus, vars("aanpak", "NIET_OPPAKKEN", "verwijzing", "JEUGDBESCHERMINGSTAFEL",
                    "triageReden", "Onderzoek naar de veiligheid van de kinderen is eerst nodig"));

            assertThat(casus).isWaitingAt(Element.TERUGKOPPELEN_TRIAGE).task().hasCandidateGroup("politie");
            fixture.complete("politie1", casus, vars("terugkoppelingWijze", "GESPREK",
                    "terugkoppelingTekst", "Uitgelegd dat de Jeugdbeschermingstafel meekijkt."));

            // The feedback task already tells the referrer's group the outcome: no separate notice.
            assertThat(casus).isEnded().hasPassed(Element.NIET_OPGEPAKT)
                    .hasNotPassed(Element.CASUSREGIE_TOEWIJZEN, Element.UITKOMST_BEKIJKEN);
            long id = casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow().id();
            assertThat(casussen.get(id).status()).isEqualTo(CasusStatus.NIET_OPGEPAKT);
            assertThat(besluiten.ofCase(id)).singleElement().satisfies(b -> {
                assertThat(b.advies()).isEqualTo("MDA++");
                assertThat(b.uitkomst()).isEqualTo("NIET_OPPAKKEN -> JEUGDBESCHERMINGSTAFEL");
                assertThat(b.afwijkend()).isTrue();
            });
        }

        @Test
        @DisplayName("a case taken up: the referrer's group is told the outcome beside the case, which goes on without waiting")
        void referrerIsToldTheOutcome() {
            ProcessInstance casus = mdaPlusPlusReferral();
            fixture.complete("procesregisseur1", casus, vars("aanpak", "REGULIER", "triageReden", "Acuut, kort traject"));

            assertThat(casus).isWaitingAt(Element.CASUSREGIE_TOEWIJZEN, Element.UITKOMST_BEKIJKEN);
            Task melding = fixture.task(casus, Element.UITKOMST_BEKIJKEN);
            assertThat(melding).hasCandidateGroup("politie").isNotAssigned();
            assertThat(melding.getDueDate()).isAfter(java.sql.Timestamp.valueOf(LocalDateTime.now().plusDays(13)));
            fixture.complete("procesregisseur1", casus, vars("casusregisseur", "casusregisseur1"));
            assertThat(casus).as("the case goes on before the notice is read")
                    .isWaitingAt(Element.FOCUSOVERLEG, Element.UITKOMST_BEKIJKEN);

            fixture.complete("politie1", melding, vars());
            assertThat(casus).hasPassed(Element.UITKOMST_BEKEKEN).hasNotPassed(Element.MELDING_VERVALLEN)
                    .isWaitingAt(Element.FOCUSOVERLEG);
        }

        @Test
        @DisplayName("an unread notice to the referrer lapses by itself after four weeks")
        void unreadNoticeLapses() {
            ProcessInstance casus = mdaPlusPlusReferral();
            fixture.complete("procesregisseur1", casus, vars("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));

            Job timer = managementService.createJobQuery().processInstanceId(casus.getId())
                    .activityId(Element.MELDING_VERLOPEN).singleResult();
            assertThat(timer.getDuedate()).isBetween(java.sql.Timestamp.valueOf(LocalDateTime.now().plusDays(27)),
                    java.sql.Timestamp.valueOf(LocalDateTime.now().plusDays(29)));
            managementService.executeJob(timer.getId());

            assertThat(casus).hasPassed(Element.MELDING_VERVALLEN).hasNotPassed(Element.UITKOMST_BEKEKEN)
                    .isWaitingAt(Element.CASUSREGIE_TOEWIJZEN);
            assertThat(fixture.task(casus, Element.UITKOMST_BEKIJKEN)).isNull();
        }

        @Test
        @DisplayName("the end of a case does not wait for an unread notice to the referrer")
        void caseEndDoesNotWaitForNotice() {
            ProcessInstance casus = startAt(List.of(Element.NAZORG_CONTROLEREN, Element.UITKOMST_BEKIJKEN), "MDA++", 3, Map.of());
            assertThat(casus).isWaitingAt(Element.NAZORG_CONTROLEREN, Element.UITKOMST_BEKIJKEN);

            fixture.complete("casusregisseur1", casus, vars("nieuweSignalen", false, "nazorgToelichting", "Rustig"));

            assertThat(casus).isEnded().hasPassed(Element.BEEINDIGD)
                    .hasNotPassed(Element.UITKOMST_BEKEKEN, Element.MELDING_VERVALLEN);
            assertThat(taskService.createTaskQuery().processInstanceId(casus.getId()).count()).isZero();
        }

        @Test
        @DisplayName("a triage decision without a reason is refused and the task stays open")
        void decisionNeedsReason() {
            ProcessInstance casus = mdaPlusPlusReferral();
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("aanpak", "MDA++")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Reden van het besluit");
            assertThat(casus).isWaitingAt(Element.TRIAGE_BESLUITEN);
        }

        @Test
        @DisplayName("the case director must be a case director of the house")
        void directorMustBelongToHouse() {
            ProcessInstance casus = mdaPlusPlusReferral();
            fixture.complete("procesregisseur1", casus, vars("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
            assertThat(casus).isWaitingAt(Element.CASUSREGIE_TOEWIJZEN);

            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("casusregisseur", "onbekend")))
                    .isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessage("Casusregisseur: kies een casusregisseur van dit Zorg- en Veiligheidshuis");
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("casusregisseur", "supervisor1")))
                    .isInstanceOf(OngeldigeInvoerException.class);
            // A partner professional of the house, but not a case director.
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("casusregisseur", "politie1")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Casusregisseur: ");
            assertThat(casus).isWaitingAt(Element.CASUSREGIE_TOEWIJZEN);
        }
    }

    @Test
    @DisplayName("an MDA++ case goes through the three phases, closes with an approved plan, and ends after aftercare")
    void mdaPlusPlusThroughPhasesToAftercare() {
        ProcessInstance casus = mdaPlusPlusReferral();
        fixture.complete("procesregisseur1", casus, vars("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("politie1", casus, vars()); // the referrer reads the outcome
        assertThat(casus).hasPassed(Element.UITKOMST_BEKEKEN);
        fixture.complete("procesregisseur1", casus, vars("casusregisseur", "casusregisseur1"));

        for (int fase = 1; fase <= 2; fase++) {
            assertThat(casus).isWaitingAt(Element.FOCUSOVERLEG).variables().containsEntry("fase", fase);
            assertThat(fixture.task(fixture.focusoverleg(casus), "UserTask_ClientenVoorbereiden")).isAssignedTo("casusregisseur1");
            focusoverleg(casus, 2, 3, 3);
            assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN).variables().containsEntry("adviesOvergang", "VOLGENDE")
                    .containsEntry("adviesNaarFase", fase + 1);
            fixture.complete("procesregisseur1", casus, vars("overgang", "VOLGENDE"));
        }
        focusoverleg(casus, 8, 7, 9);
        assertThat(casus).variables().containsEntry("fase", 3).containsEntry("adviesOvergang", "AFSLUITEN")
                .containsEntry("adviesNaarFase", 3);
        fixture.complete("procesregisseur1", casus, vars("overgang", "AFSLUITEN"));

        assertThat(casus).isWaitingAt(Element.AFSLUITPLAN_OPSTELLEN).task().isAssignedTo("casusregisseur1");
        fixture.complete("casusregisseur1", casus, vars("afsluitplan", "Bij nieuwe incidenten belt Veilig Thuis de casusregisseur."));
        fixture.complete("procesregisseur1", casus, vars("afsluitplanGoedgekeurd", true));

        assertThat(casus).isWaitingAt(Element.NAZORG_TERMIJN).hasPassed(Element.CASUS_AFSLUITEN);
        Job timer = managementService.createJobQuery().processInstanceId(casus.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isAfter(java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().plusMonths(3).minusDays(1)));
        fixture.runJobs(casus);

        assertThat(casus).isWaitingAt(Element.NAZORG_CONTROLEREN).task().isAssignedTo("casusregisseur1");
        assertThat(taskService.getIdentityLinksForTask(fixture.task(casus).getId()))
                .extracting(link -> link.getGroupId()).contains("procesregisseur");
        fixture.complete("casusregisseur1", casus, vars("nieuweSignalen", false, "nazorgToelichting", "Navraag bij school en wijkteam: rustig."));

        assertThat(casus).isEnded().hasPassed(Element.BEEINDIGD);
        Casus afgerond = casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow();
        assertThat(afgerond.status()).isEqualTo(CasusStatus.BEEINDIGD);
        assertThat(afgerond.fase()).isEqualTo(3);
    }

    @Nested
    class AfterAMeeting {

        @Test
        @DisplayName("an MDA++ case cannot close before phase 3, with or without a reason")
        void mdaPlusPlusClosesOnlyFromPhase3() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "MDA++", 2, vars("adviesOvergang", "BLIJVEN"));
            for (Map<String, Object> besluit : List.of(vars("overgang", "AFSLUITEN", "overgangReden", "Het gaat goed"),
                    vars("overgang", "AFSLUITEN"))) {
                assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, besluit))
                        .isInstanceOf(OngeldigeInvoerException.class)
                        .hasMessage("Besluit: een MDA++-casus sluit pas af vanuit fase 3 (herstelgerichte zorg), met een afsluitplan");
            }
            assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN);
        }

        @Test
        @DisplayName("a regular case moving to MDA++ in the same decision cannot close before phase 3 either")
        void upscaledCaseClosesOnlyFromPhase3() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "REGULIER", 2, vars("adviesOvergang", "BLIJVEN"));
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("overgang", "AFSLUITEN",
                    "opschalenNaarMdaPlusPlus", true, "overgangReden", "Overdragen")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageStartingWith("Besluit: een MDA++-casus");
            assertThat(casussen.get(casusId(casus)).aanpak()).isEqualTo("REGULIER");
        }

        @Test
        @DisplayName("a broken minimum condition: the advice goes back to phase 1, and following it the case does")
        void brokenMinimumConditionBackToPhase1() {
            ProcessInstance casus = startAt(Element.FASE_ADVIES, "MDA++", 3, vars("gemiddeldeScore", 8.0,
                    "scoreSpreiding", 1, "hoogsteZorg", 7, "nieuweZorgen", false, "bodemeisGeschonden", true));
            assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN).variables()
                    .containsEntry("adviesOvergang", "TERUG").containsEntry("adviesNaarFase", 1);

            fixture.complete("procesregisseur1", casus, vars("overgang", "TERUG"));

            assertThat(casus).isWaitingAt(Element.FOCUSOVERLEG).variables().containsEntry("fase", 1);
            assertThat(casussen.get(casusId(casus)).fase()).isEqualTo(1);
            assertThat(besluiten.ofCase(casusId(casus))).last().satisfies(b -> {
                assertThat(b.uitkomst()).isEqualTo("TERUG");
                assertThat(b.afwijkend()).isFalse();
            });
        }

        @Test
        @DisplayName("new worries in phase 3: the advice and the chair go back one phase")
        void newWorriesBackOnePhase() {
            ProcessInstance casus = startAt(Element.FASE_ADVIES, "MDA++", 3, vars("gemiddeldeScore", 8.0,
                    "scoreSpreiding", 1, "hoogsteZorg", 7, "nieuweZorgen", true, "bodemeisGeschonden", false));
            assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN).variables()
                    .containsEntry("adviesOvergang", "TERUG").containsEntry("adviesNaarFase", 2);

            fixture.complete("procesregisseur1", casus, vars("overgang", "TERUG"));

            assertThat(casus).isWaitingAt(Element.FOCUSOVERLEG).variables().containsEntry("fase", 2);
        }

        @Test
        @DisplayName("going back against the advice goes one phase back, whatever phase the advice named")
        void deviatingBackGoesOnePhase() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "MDA++", 3,
                    vars("adviesOvergang", "AFSLUITEN", "adviesNaarFase", 1));
            fixture.complete("procesregisseur1", casus, vars("overgang", "TERUG",
                    "overgangReden", "De school meldt nieuwe spanningen thuis"));

            assertThat(casus).isWaitingAt(Element.FOCUSOVERLEG).variables().containsEntry("fase", 2);
            assertThat(besluiten.ofCase(casusId(casus))).last().satisfies(b -> assertThat(b.afwijkend()).isTrue());
        }

        @Test
        @DisplayName("a case cannot go back from phase 1, even when told to")
        void noBackFromPhase1() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "MDA++", 1,
                    vars("adviesOvergang", "BLIJVEN", "adviesNaarFase", 1));
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus,
                    vars("overgang", "TERUG", "overgangReden", "Nieuw incident")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Besluit: in fase 1 kan de casus niet terug");
        }

        @Test
        @DisplayName("a round that ended without the newest facts (absent or null) still gets its advice")
        void adviceWithoutNewestFacts() {
            ProcessInstance zonder = startAt(Element.FASE_ADVIES, "MDA++", 2,
                    vars("gemiddeldeScore", 3.0, "scoreSpreiding", 2, "nieuweZorgen", false));
            Map<String, Object> leeg = vars("gemiddeldeScore", 3.0, "scoreSpreiding", 2, "nieuweZorgen", false);
            leeg.put("hoogsteZorg", null);
            leeg.put("bodemeisGeschonden", null);
            ProcessInstance metNull = startAt(Element.FASE_ADVIES, "MDA++", 2, leeg);

            for (ProcessInstance casus : List.of(zonder, metNull)) {
                assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN).variables()
                        .containsEntry("adviesOvergang", "VOLGENDE").containsEntry("adviesNaarFase", 3);
                fixture.complete("procesregisseur1", casus, vars("overgang", "VOLGENDE"));
                assertThat(casus).isWaitingAt(Element.FOCUSOVERLEG).variables().containsEntry("fase", 3);
            }
        }

        @Test
        @DisplayName("deviating from the advice needs a reason")
        void deviationNeedsReason() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "MDA++", 1, vars("adviesOvergang", "BLIJVEN"));
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("overgang", "VOLGENDE")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Reden (verplicht bij afwijken van het advies): ");
        }

        @Test
        @DisplayName("a regular case moves to MDA++ midway and keeps its case, household and history")
        void regularMovesToMdaPlusPlus() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "REGULIER", 1, vars("adviesOvergang", "BLIJVEN"));
            long id = casusId(casus);
            fixture.complete("procesregisseur1", casus, vars("overgang", "BLIJVEN", "opschalenNaarMdaPlusPlus", true,
                    "overgangReden", "Het patroon blijkt al jaren te bestaan"));

            assertThat(casus).isWaitingAt(Element.FOCUSOVERLEG).variables().containsEntry("aanpak", "MDA++");
            assertThat(casussen.get(id).aanpak()).isEqualTo("MDA++");
            assertThat(besluiten.ofCase(id)).extracting(BesluitRepository.Besluit::soort).contains("CASUSREGIE", "AANPAK", "FASE");
        }

        @Test
        @DisplayName("when the case director's involvement ends, case direction is assigned again before the next meeting")
        void caseDirectionChanges() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "MDA++", 1, vars("adviesOvergang", "BLIJVEN"));
            fixture.complete("procesregisseur1", casus, vars("overgang", "BLIJVEN", "casusregieWisselen", true));

            assertThat(casus).isWaitingAt(Element.CASUSREGIE_TOEWIJZEN);
            fixture.complete("procesregisseur1", casus, vars("casusregisseur", "casusregisseur2"));
            assertThat(fixture.task(fixture.focusoverleg(casus), "UserTask_ClientenVoorbereiden").getAssignee()).isEqualTo("casusregisseur2");
            assertThat(casussen.get(casusId(casus)).casusregisseur()).isEqualTo("casusregisseur2");
        }

        @Test
        @DisplayName("a regular case closes before phase 3 only as a deviation with a reason, handing the work over to named partners")
        void regularClosesByHandover() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "REGULIER", 1,
                    vars("adviesOvergang", "VOLGENDE", "adviesNaarFase", 2));
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("overgang", "AFSLUITEN")))
                    .isInstanceOf(OngeldigeInvoerException.class)
                    .hasMessageStartingWith("Reden (verplicht bij afwijken van het advies): een reguliere casus sluit vóór fase 3");
            assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN);

            fixture.complete("procesregisseur1", casus, vars("overgang", "AFSLUITEN",
                    "overgangReden", "Na drie overleggen nemen wijkteam en GGZ het werk over"));
            assertThat(casus).isWaitingAt(Element.AFSLUITPLAN_OPSTELLEN);
            assertThat(besluiten.ofCase(casusId(casus))).last().satisfies(b -> {
                assertThat(b.uitkomst()).isEqualTo("AFSLUITEN");
                assertThat(b.afwijkend()).isTrue();
            });

            assertThatThrownBy(() -> fixture.complete("casusregisseur1", casus, vars("afsluitplan", "Signaleren via school")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Welke partners nemen welk werk over?: ");
            fixture.complete("casusregisseur1", casus, vars("afsluitplan", "Signaleren via school",
                    "overdrachtAan", "Wijkteam: schuldhulp; GGZ: behandeling vader"));
            assertThat(casus).isWaitingAt(Element.AFSLUITPLAN_GOEDKEUREN);
        }

        @Test
        @DisplayName("a regular case closing before phase 3 needs a reason even where a changed table advises it")
        void regularEarlyClosingAlwaysNeedsReason() {
            ProcessInstance casus = startAt(Element.VERVOLG_BESLUITEN, "REGULIER", 2,
                    vars("adviesOvergang", "AFSLUITEN", "adviesNaarFase", 2));
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("overgang", "AFSLUITEN")))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("sluit vóór fase 3 alleen af met een reden");
            assertThat(casus).isWaitingAt(Element.VERVOLG_BESLUITEN);
        }
    }

    @Test
    @DisplayName("when the case director leaves mid-round, the procesregisseur hands over and the open tasks move along")
    void caseDirectionHandedOverMidRound() {
        ProcessInstance casus = mdaPlusPlusReferral();
        fixture.complete("procesregisseur1", casus, vars("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("procesregisseur1", casus, vars("casusregisseur", "casusregisseur1"));
        ProcessInstance overleg = fixture.focusoverleg(casus);
        Task voorbereiden = fixture.task(overleg, "UserTask_ClientenVoorbereiden");
        assertThat(voorbereiden).isAssignedTo("casusregisseur1");

        fixture.as("procesregisseur1", () -> {
            casusService.beeindigCasusregie(Fixture.HUIS, casus.getBusinessKey(), "procesregisseur1");
            return null;
        });
        assertThat(casus).isActive().isWaitingAt(Element.FOCUSOVERLEG, Element.CASUSREGIE_OVERDRAGEN);
        fixture.complete("procesregisseur1", taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey(Element.CASUSREGIE_OVERDRAGEN).singleResult(), vars("casusregisseur", "casusregisseur2"));

        assertThat(fixture.task(overleg, "UserTask_ClientenVoorbereiden")).isAssignedTo("casusregisseur2");
        assertThat(casussen.get(casusId(casus)).casusregisseur()).isEqualTo("casusregisseur2");
        // The former case director no longer sees or works the task.
        assertThat(fixture.as("casusregisseur1", () -> taskService.createTaskQuery().taskId(voorbereiden.getId()).count())).isZero();
        assertThatThrownBy(() -> fixture.complete("casusregisseur1", voorbereiden, vars("wensenClienten", "x")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        fixture.complete("casusregisseur2", fixture.task(overleg, "UserTask_ClientenVoorbereiden"),
                vars("wensenClienten", "Rust", "deelnameClienten", "NEE"));
        fixture.houdOverleg(overleg, Fixture.overlegverslag(false, "Veiligheid eerst", 3));
        assertThat(fixture.task(overleg)).isAssignedTo("casusregisseur2");
        assertThat(casus).variables().containsEntry("casusregisseur", "casusregisseur2");
    }

    @Test
    @DisplayName("case direction can only be handed over once a case has a case director")
    void noHandoverBeforeCaseDirection() {
        ProcessInstance casus = mdaPlusPlusReferral();
        assertThatThrownBy(() -> casusService.beeindigCasusregie(Fixture.HUIS, casus.getBusinessKey(), "procesregisseur1"))
                .isInstanceOf(OngeldigeInvoerException.class);
        assertThat(casus).isWaitingAt(Element.TRIAGE_BESLUITEN);
    }

    @Nested
    class Closing {

        @Test
        @DisplayName("a rejected closing plan goes back to the case director with the remark")
        void rejectedPlanGoesBack() {
            ProcessInstance casus = startAt(Element.AFSLUITPLAN_GOEDKEUREN, "MDA++", 3, vars("afsluitplan", "Te kort"));
            assertThatThrownBy(() -> fixture.complete("procesregisseur1", casus, vars("afsluitplanGoedgekeurd", false)))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Toelichting (verplicht bij afkeuren): ");

            fixture.complete("procesregisseur1", casus, vars("afsluitplanGoedgekeurd", false,
                    "afsluitplanOpmerking", "Wie let op terugval bij de kinderen?"));
            assertThat(casus).isWaitingAt(Element.AFSLUITPLAN_OPSTELLEN).task().isAssignedTo("casusregisseur1");
            assertThat(casus).hasNotPassed(Element.CASUS_AFSLUITEN);
        }

        @Test
        @DisplayName("new signals in aftercare reopen the case in phase 1 with case direction assigned again")
        void newSignalsReopen() {
            ProcessInstance casus = startAt(Element.NAZORG_CONTROLEREN, "MDA++", 3, Map.of());
            long id = casusId(casus);
            fixture.complete("casusregisseur1", casus, vars("nieuweSignalen", true, "nazorgToelichting", "Nieuwe melding van school"));

            assertThat(casus).isWaitingAt(Element.CASUSREGIE_TOEWIJZEN).variables().containsEntry("fase", 1);
            assertThat(casussen.get(id).status()).isEqualTo(CasusStatus.LOPEND);
            assertThat(casussen.get(id).fase()).isEqualTo(1);
        }
    }
}
