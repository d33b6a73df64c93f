package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.CasusStatus;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.huisverbod.Huisverbod;
import nl.casusregie.zsm.ZsmVerdieping;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Who may do what, as a matrix: every group of the contract, in the case's own house and in
 * another house, against every action a user could try on a case over the engine's REST API
 * (the API Tasklist and Cockpit use, and which Modeler deploys through), the project's API
 * and the engine's Java API. Each cell gets a fresh case and checks the effect, not only the
 * status: a refused action leaves the case as it was. The same matrix is in the README.
 */
@CasusregieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final String OTHER_HOUSE = "zvhtweede";
    static final Set<PartnerGroup> PARTNERS = EnumSet.copyOf(PartnerGroup.withAccess(PartnerGroup.Access.TASKLIST));
    static final Set<PartnerGroup> NOBODY = EnumSet.noneOf(PartnerGroup.class);

    @Autowired TestRestTemplate http;
    @Autowired Fixture fixture;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired CasusRepository casussen;
    @Autowired IncidentService incidentService;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired nl.casusregie.proeftijd.ProeftijdFixture proeftijden;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired AgendaService agenda;

    private final AtomicInteger cells = new AtomicInteger();
    private final Map<String, Target> targets = new HashMap<>();

    /** How far the case under test has come. */
    enum Stage { TRIAGE, MELDING, VOORBEREIDING, PLANNEN, BIJDRAGE, OM_DEEL, AFSPRAAK, BODEMEIS, GESCHONDEN, KENNISNEMEN,
        KENNISNEMEN_CASUSREGISSEUR, PROEFTIJD, CONTROLE, REACTIE,
        /** A restraining order on a fresh case, at its task (huisverbod): target(huisverbod) says which. */
        HV_HULP_UITHUISGEPLAATSTE, HV_HULP_ACHTERBLIJVERS, HV_BESLUIT, HV_TE_LAAT, HV_VERLOPEN,
        /** A case of a session-based table on its agenda, put back once with an explanation: target(nummer) is its reference. */
        AGENDA_ZSM, AGENDA_ACTIE_OVERLEG,
        /** A ZSM deepening case put forward by politie1 (zsm-verdieping): at the police's contribution, the session, the handover. */
        ZSM_BIJDRAGE, ZSM_SESSIE, ZSM_OVERDRACHT,
        /** The probation om1's conditional dismissal of a ZSM case started: running, at its first check, at the OM's reaction. */
        ZSM_PROEFTIJD, ZSM_CONTROLE, ZSM_REACTIE,
        /** om1 decided a dismissal with a personal letter (target: the letter's id as taskId); or referred to the house (target: the new case). */
        ZSM_BRIEF, ZSM_AANGEMELD,
        /** A new report by politie1 (actie-overleg, routed at its entry): at "Route bevestigen", and on the criminal child-abuse route at its joint task. */
        MELDING_ROUTE, MELDING_KINDERMISHANDELING,
        /** An Actie-Overleg case reported by politie1: at Veilig Thuis's bundling, the officer's session, reclassering's plan notice. */
        AO_FEITEN, AO_SESSIE, AO_PLAN }

    /** A fresh case of the demo house: its instance, and its open task at that stage. */
    record Target(String nummer, long casusId, String instanceId, String taskId) {
    }

    /** Tries the action as the user; true if it took effect. */
    interface Attempt {
        boolean run(AuthorizationMatrixTest test, String user, Target target);
    }

    /** One row of the matrix: what is tried, on what, and which groups may (own house, other house). */
    record Action(String naam, Stage stage, Attempt attempt, Set<PartnerGroup> ownHouse, Set<PartnerGroup> otherHouse) {
        boolean allowed(PartnerGroup group, boolean own) {
            return (own ? ownHouse : otherHouse).contains(group);
        }

        @Override
        public String toString() {
            return naam;
        }
    }

    static List<Action> actions() {
        EnumSet<PartnerGroup> chair = EnumSet.of(PartnerGroup.PROCESREGISSEUR);
        EnumSet<PartnerGroup> cockpit = EnumSet.copyOf(PartnerGroup.withAccess(PartnerGroup.Access.COCKPIT));
        EnumSet<PartnerGroup> owner = EnumSet.of(PartnerGroup.PROCESBEHEERDER);
        EnumSet<PartnerGroup> everyone = EnumSet.allOf(PartnerGroup.class);
        EnumSet<PartnerGroup> guard = EnumSet.of(PartnerGroup.POLITIE);
        EnumSet<PartnerGroup> guardOrCockpit = EnumSet.copyOf(cockpit);
        guardOrCockpit.add(PartnerGroup.POLITIE);
        EnumSet<PartnerGroup> chairOrCockpit = EnumSet.copyOf(cockpit);
        chairOrCockpit.add(PartnerGroup.PROCESREGISSEUR);
        EnumSet<PartnerGroup> om = EnumSet.of(PartnerGroup.OM);
        EnumSet<PartnerGroup> omOrCockpit = EnumSet.copyOf(cockpit);
        omOrCockpit.add(PartnerGroup.OM);
        EnumSet<PartnerGroup> supervisor = EnumSet.of(PartnerGroup.RECLASSERING);
        EnumSet<PartnerGroup> supervisorOrCockpit = EnumSet.copyOf(cockpit);
        supervisorOrCockpit.add(PartnerGroup.RECLASSERING);
        return List.of(
                // Referring: in one's own house only, whatever the request says.
                new Action("aanmelden met het startformulier", Stage.TRIAGE, AuthorizationMatrixTest::submitStartForm, PARTNERS, PARTNERS),
                new Action("casus starten bij een latere stap (REST)", Stage.TRIAGE, AuthorizationMatrixTest::startWithInstructions, NOBODY, NOBODY),
                new Action("tweede instantie voor een bestaande casus", Stage.TRIAGE, AuthorizationMatrixTest::startSecondInstance, NOBODY, NOBODY),
                new Action("casus starten bij een latere stap (Java)", Stage.TRIAGE, AuthorizationMatrixTest::startWithInstructionsJava, NOBODY, NOBODY),
                // Working tasks: the candidates of a task, and a case director's task only that person.
                new Action("triagetaak afronden (REST)", Stage.TRIAGE, AuthorizationMatrixTest::submitTriage, chair, NOBODY),
                new Action("triagetaak afronden (Java)", Stage.TRIAGE, AuthorizationMatrixTest::completeTriageJava, chair, NOBODY),
                new Action("opmerking bij de triagetaak", Stage.TRIAGE, AuthorizationMatrixTest::comment, chair, NOBODY),
                // The triage outcome is for the referrer's group (here the police), in its own house.
                new Action("triage-uitkomst bekijken en afronden (REST)", Stage.MELDING, AuthorizationMatrixTest::submitNotice,
                        EnumSet.of(PartnerGroup.POLITIE), NOBODY),
                // An agreement's follow-up: the partner group it names, in its own house.
                new Action("afspraak uitvoeren en afronden (REST)", Stage.AFSPRAAK, AuthorizationMatrixTest::submitAgreementOutcome,
                        EnumSet.of(PartnerGroup.VEILIGTHUIS), NOBODY),
                // A focus meeting round: the chair plans and records it; each invited partner contributes its own information.
                new Action("overleg plannen (REST)", Stage.PLANNEN, AuthorizationMatrixTest::submitPlan, chair, NOBODY),
                new Action("informatie aanleveren voor het overleg (REST)", Stage.BIJDRAGE, AuthorizationMatrixTest::submitContribution,
                        EnumSet.of(PartnerGroup.VEILIGTHUIS), NOBODY),
                new Action("OM-deel van het overleg vastleggen (REST)", Stage.OM_DEEL, AuthorizationMatrixTest::submitOmSegment,
                        chair, NOBODY),
                // A minimum condition: the guard's group (here the police) watches it; a breach goes to the chair.
                // Supervisors read every task of their house in Cockpit; nobody else sees either task.
                new Action("bodemeistaak zien (REST)", Stage.BODEMEIS, AuthorizationMatrixTest::seeTask, guardOrCockpit, NOBODY),
                new Action("bodemeistaak claimen (REST)", Stage.BODEMEIS, AuthorizationMatrixTest::claimTask, guard, NOBODY),
                new Action("bodemeis bewaken en schending melden (REST)", Stage.BODEMEIS, AuthorizationMatrixTest::submitBreach,
                        guard, NOBODY),
                // A breach is a new incident on the case: the chair's task "Nieuw incident: overleg vervroegen".
                new Action("taak na nieuw incident (geschonden bodemeis) zien (REST)", Stage.GESCHONDEN,
                        AuthorizationMatrixTest::seeTask, chairOrCockpit, NOBODY),
                new Action("taak na nieuw incident (geschonden bodemeis) claimen (REST)", Stage.GESCHONDEN,
                        AuthorizationMatrixTest::claimTask, chair, NOBODY),
                new Action("overleg vervroegen na nieuw incident en afronden (REST)", Stage.GESCHONDEN,
                        AuthorizationMatrixTest::submitEarlierMeeting, chair, NOBODY),
                // A new incident: the partners taking part (here the referrer, the police) each get a notice.
                new Action("nieuw incident melden (/api)", Stage.VOORBEREIDING, AuthorizationMatrixTest::reportIncident,
                        EnumSet.of(PartnerGroup.PROCESREGISSEUR, PartnerGroup.POLITIE), NOBODY),
                new Action("bericht NieuwIncident sturen (REST)", Stage.VOORBEREIDING, AuthorizationMatrixTest::correlateIncident,
                        NOBODY, NOBODY),
                new Action("kennisnemen van nieuw incident zien (REST)", Stage.KENNISNEMEN, AuthorizationMatrixTest::seeTask,
                        guardOrCockpit, NOBODY),
                new Action("kennisnemen van nieuw incident claimen (REST)", Stage.KENNISNEMEN, AuthorizationMatrixTest::claimTask,
                        guard, NOBODY),
                new Action("kennisnemen van nieuw incident afronden (REST)", Stage.KENNISNEMEN, AuthorizationMatrixTest::submitNotice,
                        guard, NOBODY),
                new Action("kennisnemen van de casusregisseur afronden (REST)", Stage.KENNISNEMEN_CASUSREGISSEUR,
                        AuthorizationMatrixTest::submitNotice, NOBODY, NOBODY),
                // A probation: only the OM of the case's house imposes it; the supervising group (here the probation
                // service) checks the conditions; the OM reacts to a breach; the supervisor and the OM report breaches.
                new Action("proeftijd starten met het startformulier (REST)", Stage.TRIAGE,
                        AuthorizationMatrixTest::submitProbationStartForm, om, NOBODY),
                new Action("proeftijd opleggen (/api)", Stage.TRIAGE, AuthorizationMatrixTest::imposeProbation, om, NOBODY),
                new Action("controletaak proeftijd zien (REST)", Stage.CONTROLE, AuthorizationMatrixTest::seeTask,
                        supervisorOrCockpit, NOBODY),
                new Action("controletaak proeftijd claimen (REST)", Stage.CONTROLE, AuthorizationMatrixTest::claimTask,
                        supervisor, NOBODY),
                new Action("voorwaarde controleren en afronden (REST)", Stage.CONTROLE, AuthorizationMatrixTest::submitCheck,
                        supervisor, NOBODY),
                new Action("reactietaak overtreding zien (REST)", Stage.REACTIE, AuthorizationMatrixTest::seeTask, omOrCockpit, NOBODY),
                new Action("reactietaak overtreding claimen (REST)", Stage.REACTIE, AuthorizationMatrixTest::claimTask, om, NOBODY),
                new Action("op overtreding reageren en afronden (REST)", Stage.REACTIE, AuthorizationMatrixTest::submitReaction,
                        om, NOBODY),
                new Action("overtreding melden (/api)", Stage.PROEFTIJD, AuthorizationMatrixTest::reportBreach,
                        EnumSet.of(PartnerGroup.RECLASSERING, PartnerGroup.OM), NOBODY),
                new Action("bericht VoorwaardeOvertreden sturen", Stage.PROEFTIJD, AuthorizationMatrixTest::correlateBreach,
                        NOBODY, NOBODY),
                // Its details are criminal-justice data: the OM, the supervising group and the chair (and the case
                // director, whom this case has not yet); the referrer reads the file but only that a probation runs.
                new Action("proeftijd in het dossier lezen (/api)", Stage.PROEFTIJD, AuthorizationMatrixTest::readProbationDetails,
                        EnumSet.of(PartnerGroup.OM, PartnerGroup.RECLASSERING, PartnerGroup.PROCESREGISSEUR), NOBODY),
                new Action("taak van een andere casusregisseur afronden", Stage.VOORBEREIDING, AuthorizationMatrixTest::submitPreparation, NOBODY, NOBODY),
                new Action("taak aan een ander toewijzen", Stage.TRIAGE, AuthorizationMatrixTest::assignToOther, NOBODY, NOBODY),
                new Action("taak aanmaken", Stage.TRIAGE, AuthorizationMatrixTest::createTask, NOBODY, NOBODY),
                // Changing a running case around the method.
                new Action("procesvariabele schrijven (REST)", Stage.TRIAGE, AuthorizationMatrixTest::writeProcessVariable, NOBODY, NOBODY),
                new Action("procesvariabele schrijven (Java)", Stage.TRIAGE, AuthorizationMatrixTest::writeProcessVariableJava, NOBODY, NOBODY),
                new Action("taakvariabele schrijven", Stage.TRIAGE, AuthorizationMatrixTest::writeTaskVariable, NOBODY, NOBODY),
                new Action("procesinstantie wijzigen", Stage.TRIAGE, AuthorizationMatrixTest::modifyInstance, NOBODY, NOBODY),
                new Action("procesinstantie opschorten", Stage.TRIAGE, AuthorizationMatrixTest::suspendInstance, NOBODY, NOBODY),
                new Action("procesinstantie verwijderen", Stage.TRIAGE, AuthorizationMatrixTest::deleteInstance, NOBODY, NOBODY),
                new Action("bericht CasusregieBeeindigd sturen", Stage.VOORBEREIDING, AuthorizationMatrixTest::correlateMessage, NOBODY, NOBODY),
                new Action("casusregie beëindigen (/api)", Stage.VOORBEREIDING, AuthorizationMatrixTest::endCaseDirection, chair, NOBODY),
                // Reading.
                new Action("stand van de casus lezen (/api)", Stage.TRIAGE, AuthorizationMatrixTest::readCaseStatus, everyone, NOBODY),
                new Action("variabelen van de casus lezen", Stage.TRIAGE, AuthorizationMatrixTest::readVariables, cockpit, NOBODY),
                // The case file: the chair, the referrer's group (here the police) and, without personal content, the supervisor.
                new Action("dossier lezen (/api)", Stage.TRIAGE, AuthorizationMatrixTest::readCaseFile,
                        EnumSet.of(PartnerGroup.PROCESREGISSEUR, PartnerGroup.POLITIE, PartnerGroup.SUPERVISOR), NOBODY),
                // From a task (Tasklist's case file tab): only who sees the task, then by the same rule.
                new Action("dossier lezen via de triagetaak (/api)", Stage.TRIAGE, AuthorizationMatrixTest::readCaseFileOfTask,
                        EnumSet.of(PartnerGroup.PROCESREGISSEUR, PartnerGroup.SUPERVISOR), NOBODY),
                // A restraining order: the municipality registers and lifts it through /api (nobody starts or
                // correlates it over the engine); each task is its own group's, in its own house.
                new Action("huisverbod registreren (/api)", Stage.TRIAGE, AuthorizationMatrixTest::registerOrder,
                        EnumSet.of(PartnerGroup.GEMEENTE), NOBODY),
                new Action("bericht HuisverbodOpgelegd sturen (REST)", Stage.TRIAGE, AuthorizationMatrixTest::correlateOrder, NOBODY, NOBODY),
                new Action("huisverbod starten (REST)", Stage.TRIAGE, AuthorizationMatrixTest::startOrder, NOBODY, NOBODY),
                new Action("huisverbod intrekken (/api)", Stage.HV_BESLUIT, AuthorizationMatrixTest::liftOrder,
                        EnumSet.of(PartnerGroup.GEMEENTE), NOBODY),
                new Action("bericht HuisverbodIngetrokken sturen (REST)", Stage.HV_BESLUIT, AuthorizationMatrixTest::correlateLifting,
                        NOBODY, NOBODY),
                new Action("hulptaak uithuisgeplaatste zien (REST)", Stage.HV_HULP_UITHUISGEPLAATSTE, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.GEMEENTE), NOBODY),
                new Action("hulptaak uithuisgeplaatste claimen (REST)", Stage.HV_HULP_UITHUISGEPLAATSTE, AuthorizationMatrixTest::claimTask,
                        EnumSet.of(PartnerGroup.GEMEENTE), NOBODY),
                new Action("hulp uithuisgeplaatste vastleggen (REST)", Stage.HV_HULP_UITHUISGEPLAATSTE, AuthorizationMatrixTest::submitHelpOffender,
                        EnumSet.of(PartnerGroup.GEMEENTE), NOBODY),
                new Action("hulptaak achterblijvers zien (REST)", Stage.HV_HULP_ACHTERBLIJVERS, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.VEILIGTHUIS), NOBODY),
                new Action("hulptaak achterblijvers claimen (REST)", Stage.HV_HULP_ACHTERBLIJVERS, AuthorizationMatrixTest::claimTask,
                        EnumSet.of(PartnerGroup.VEILIGTHUIS), NOBODY),
                new Action("hulp achterblijvers vastleggen (REST)", Stage.HV_HULP_ACHTERBLIJVERS, AuthorizationMatrixTest::submitHelpVictims,
                        EnumSet.of(PartnerGroup.VEILIGTHUIS), NOBODY),
                new Action("verlengingstaak zien (REST)", Stage.HV_BESLUIT, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.GEMEENTE), NOBODY),
                new Action("verlengingstaak claimen (REST)", Stage.HV_BESLUIT, AuthorizationMatrixTest::claimTask,
                        EnumSet.of(PartnerGroup.GEMEENTE), NOBODY),
                new Action("besluiten over verlenging (REST)", Stage.HV_BESLUIT, AuthorizationMatrixTest::submitExtensionDecision,
                        EnumSet.of(PartnerGroup.GEMEENTE), NOBODY),
                new Action("taak verlengingsbesluit te laat zien (REST)", Stage.HV_TE_LAAT, AuthorizationMatrixTest::seeTask,
                        chairOrCockpit, NOBODY),
                new Action("taak verlengingsbesluit te laat claimen (REST)", Stage.HV_TE_LAAT, AuthorizationMatrixTest::claimTask,
                        chair, NOBODY),
                new Action("taak verlengingsbesluit te laat afronden (REST)", Stage.HV_TE_LAAT, AuthorizationMatrixTest::submitEmpty,
                        chair, NOBODY),
                new Action("taak huisverbod verlopen zien (REST)", Stage.HV_VERLOPEN, AuthorizationMatrixTest::seeTask,
                        chairOrCockpit, NOBODY),
                new Action("taak huisverbod verlopen claimen (REST)", Stage.HV_VERLOPEN, AuthorizationMatrixTest::claimTask,
                        chair, NOBODY),
                new Action("taak huisverbod verlopen afronden (REST)", Stage.HV_VERLOPEN, AuthorizationMatrixTest::submitEmpty,
                        chair, NOBODY),
                // The agenda of a session-based table: the groups at that table and the chair read it, the supervisor
                // without the explanations of returns; in its own house only (another house reads its own agenda).
                new Action("agenda ZSM-verdiepingsoverleg lezen (/api)", Stage.AGENDA_ZSM, AuthorizationMatrixTest::readAgenda,
                        aanTafel(Tafel.ZSM_VERDIEPING, PartnerGroup.PROCESREGISSEUR, PartnerGroup.SUPERVISOR), NOBODY),
                new Action("toelichting terug op de agenda ZSM-verdiepingsoverleg lezen (/api)", Stage.AGENDA_ZSM,
                        AuthorizationMatrixTest::readAgendaExplanation, aanTafel(Tafel.ZSM_VERDIEPING, PartnerGroup.PROCESREGISSEUR),
                        NOBODY),
                new Action("agenda Actie-Overleg lezen (/api)", Stage.AGENDA_ACTIE_OVERLEG, AuthorizationMatrixTest::readAgenda,
                        aanTafel(Tafel.ACTIE_OVERLEG, PartnerGroup.PROCESREGISSEUR, PartnerGroup.SUPERVISOR), NOBODY),
                new Action("toelichting terug op de agenda Actie-Overleg lezen (/api)", Stage.AGENDA_ACTIE_OVERLEG,
                        AuthorizationMatrixTest::readAgendaExplanation, aanTafel(Tafel.ACTIE_OVERLEG, PartnerGroup.PROCESREGISSEUR),
                        NOBODY),
                // --- zsm-verdieping ---
                // The ZSM partners put a case forward, each in its own house; each task is its own group's, in its own house.
                new Action("ZSM-zaak inbrengen (/api)", Stage.TRIAGE, AuthorizationMatrixTest::bringZsmCase,
                        aanTafel(Tafel.ZSM_VERDIEPING), aanTafel(Tafel.ZSM_VERDIEPING)),
                new Action("ZSM-zaak inbrengen met het startformulier (REST)", Stage.TRIAGE,
                        AuthorizationMatrixTest::submitZsmStartForm, aanTafel(Tafel.ZSM_VERDIEPING), aanTafel(Tafel.ZSM_VERDIEPING)),
                new Action("ZSM-verdieping starten bij een latere stap (REST)", Stage.TRIAGE, AuthorizationMatrixTest::startZsmLater,
                        NOBODY, NOBODY),
                new Action("ZSM-bijdrage zien (REST)", Stage.ZSM_BIJDRAGE, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.POLITIE), NOBODY),
                new Action("ZSM-bijdrage claimen (REST)", Stage.ZSM_BIJDRAGE, AuthorizationMatrixTest::claimTask,
                        EnumSet.of(PartnerGroup.POLITIE), NOBODY),
                new Action("informatie aanleveren voor het verdiepingsoverleg (REST)", Stage.ZSM_BIJDRAGE,
                        AuthorizationMatrixTest::submitZsmContribution, EnumSet.of(PartnerGroup.POLITIE), NOBODY),
                new Action("verdiepingsoverleg zien (REST)", Stage.ZSM_SESSIE, AuthorizationMatrixTest::seeTask, omOrCockpit, NOBODY),
                new Action("verdiepingsoverleg claimen (REST)", Stage.ZSM_SESSIE, AuthorizationMatrixTest::claimTask, om, NOBODY),
                new Action("verdiepingsoverleg voeren en besluiten (REST)", Stage.ZSM_SESSIE, AuthorizationMatrixTest::submitZsmSession,
                        om, NOBODY),
                new Action("ZSM-overdracht zien (REST)", Stage.ZSM_OVERDRACHT, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.RVDK), NOBODY),
                new Action("ZSM-overdracht bevestigen (REST)", Stage.ZSM_OVERDRACHT, AuthorizationMatrixTest::submitEmpty,
                        EnumSet.of(PartnerGroup.RVDK), NOBODY),
                // A conditional dismissal starts a probation of the ZSM case: decided by the officer only; its checks
                // are the supervising group's (here the probation service), the reaction to a breach the OM's, as for a case.
                new Action("voorwaardelijk sepot met proeftijd besluiten (REST)", Stage.ZSM_SESSIE,
                        AuthorizationMatrixTest::submitZsmConditionalDismissal, om, NOBODY),
                new Action("controletaak proeftijd van een ZSM-zaak zien (REST)", Stage.ZSM_CONTROLE, AuthorizationMatrixTest::seeTask,
                        supervisorOrCockpit, NOBODY),
                new Action("controletaak proeftijd van een ZSM-zaak claimen (REST)", Stage.ZSM_CONTROLE,
                        AuthorizationMatrixTest::claimTask, supervisor, NOBODY),
                new Action("voorwaarde van een ZSM-proeftijd controleren en afronden (REST)", Stage.ZSM_CONTROLE,
                        AuthorizationMatrixTest::submitCheck, supervisor, NOBODY),
                new Action("reactietaak overtreding ZSM-proeftijd zien (REST)", Stage.ZSM_REACTIE, AuthorizationMatrixTest::seeTask,
                        omOrCockpit, NOBODY),
                new Action("op overtreding ZSM-proeftijd reageren en afronden (REST)", Stage.ZSM_REACTIE,
                        AuthorizationMatrixTest::submitReaction, om, NOBODY),
                new Action("overtreding van een ZSM-proeftijd melden (/api)", Stage.ZSM_PROEFTIJD, AuthorizationMatrixTest::reportBreach,
                        EnumSet.of(PartnerGroup.RECLASSERING, PartnerGroup.OM), NOBODY),
                new Action("bericht VoorwaardeOvertreden sturen voor een ZSM-proeftijd", Stage.ZSM_PROEFTIJD,
                        AuthorizationMatrixTest::correlateBreach, NOBODY, NOBODY),
                new Action("voorwaarden van de proeftijd in het ZSM-dossier lezen (/api)", Stage.ZSM_PROEFTIJD,
                        AuthorizationMatrixTest::readZsmProbationConditions, aanTafel(Tafel.ZSM_VERDIEPING), NOBODY),
                // The personal letter: for those who read the ZSM records in full (the supervisor gets 403: nothing but personal data).
                new Action("persoonlijke brief van een ZSM-besluit downloaden (/api)", Stage.ZSM_BRIEF,
                        AuthorizationMatrixTest::downloadZsmLetter, aanTafel(Tafel.ZSM_VERDIEPING), NOBODY),
                // A case referred by the ZSM table shows where it came from, with the officer's explanation, to the case
                // file's full readers (the chair; the OM as the referrer); a supervisor sees the origin without the text.
                new Action("herkomst uit ZSM met toelichting in het dossier van de casus lezen (/api)", Stage.ZSM_AANGEMELD,
                        AuthorizationMatrixTest::readZsmOriginInCaseFile, EnumSet.of(PartnerGroup.PROCESREGISSEUR, PartnerGroup.OM),
                        NOBODY),
                // Its records: the groups at the table; the supervisor without what was written about people.
                new Action("ZSM-dossier lezen (/api)", Stage.ZSM_BIJDRAGE, AuthorizationMatrixTest::readZsmFile,
                        aanTafel(Tafel.ZSM_VERDIEPING, PartnerGroup.SUPERVISOR), NOBODY),
                new Action("reden van inbreng in het ZSM-dossier lezen (/api)", Stage.ZSM_BIJDRAGE,
                        AuthorizationMatrixTest::readZsmReason, aanTafel(Tafel.ZSM_VERDIEPING), NOBODY),
                // --- actie-overleg: a new report at the network's entry, routed to its table ---
                // Police and Veilig Thuis enter a new report, each in its own house; the route is the reporter's group's to confirm.
                // The start form is the report's (the Actie-Overleg has no start form of its own).
                new Action("nieuwe melding invoeren (/api)", Stage.TRIAGE, AuthorizationMatrixTest::enterReport,
                        EnumSet.copyOf(AccessSetup.MELDERS), EnumSet.copyOf(AccessSetup.MELDERS)),
                new Action("nieuwe melding invoeren met het startformulier (REST)", Stage.TRIAGE,
                        AuthorizationMatrixTest::submitReportStartForm, EnumSet.copyOf(AccessSetup.MELDERS),
                        EnumSet.copyOf(AccessSetup.MELDERS)),
                new Action("nieuwe melding starten bij een latere stap (REST)", Stage.TRIAGE, AuthorizationMatrixTest::startReportLater,
                        NOBODY, NOBODY),
                new Action("route bevestigen zien (REST)", Stage.MELDING_ROUTE, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.POLITIE), NOBODY),
                new Action("route bevestigen claimen (REST)", Stage.MELDING_ROUTE, AuthorizationMatrixTest::claimTask,
                        EnumSet.of(PartnerGroup.POLITIE), NOBODY),
                new Action("route bevestigen afronden (REST)", Stage.MELDING_ROUTE, AuthorizationMatrixTest::submitRoute,
                        EnumSet.of(PartnerGroup.POLITIE), NOBODY),
                new Action("afspraken kindermishandeling zien (REST)", Stage.MELDING_KINDERMISHANDELING,
                        AuthorizationMatrixTest::seeTask, orCockpit(PartnerGroup.VEILIGTHUIS, PartnerGroup.OM, PartnerGroup.POLITIE,
                        PartnerGroup.RVDK), NOBODY),
                new Action("afspraken kindermishandeling vastleggen (REST)", Stage.MELDING_KINDERMISHANDELING,
                        AuthorizationMatrixTest::submitJointAgreement, EnumSet.of(PartnerGroup.VEILIGTHUIS, PartnerGroup.OM,
                        PartnerGroup.POLITIE, PartnerGroup.RVDK), NOBODY),
                // The report: the reporter's group; on a joint route also the groups acting together.
                new Action("melding lezen (/api)", Stage.MELDING_ROUTE, AuthorizationMatrixTest::readReport,
                        EnumSet.of(PartnerGroup.POLITIE), NOBODY),
                new Action("melding op de route kindermishandeling lezen (/api)", Stage.MELDING_KINDERMISHANDELING,
                        AuthorizationMatrixTest::readReport, EnumSet.of(PartnerGroup.VEILIGTHUIS, PartnerGroup.OM,
                        PartnerGroup.POLITIE, PartnerGroup.RVDK), NOBODY),
                // --- actie-overleg ---
                // Veilig Thuis and the police report, each in its own house; each task is its own group's, in its own house.
                new Action("casus aanmelden voor het Actie-Overleg (/api)", Stage.TRIAGE, AuthorizationMatrixTest::reportActieOverleg,
                        EnumSet.of(PartnerGroup.VEILIGTHUIS, PartnerGroup.POLITIE), EnumSet.of(PartnerGroup.VEILIGTHUIS, PartnerGroup.POLITIE)),
                new Action("actie-overleg starten bij een latere stap (REST)", Stage.TRIAGE,
                        AuthorizationMatrixTest::startActieOverlegLater, NOBODY, NOBODY),
                new Action("feiten Veilig Thuis bundelen zien (REST)", Stage.AO_FEITEN, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.VEILIGTHUIS), NOBODY),
                new Action("feiten Veilig Thuis bundelen (REST)", Stage.AO_FEITEN, AuthorizationMatrixTest::submitActieOverlegFacts,
                        EnumSet.of(PartnerGroup.VEILIGTHUIS), NOBODY),
                new Action("casus bespreken in het Actie-Overleg zien (REST)", Stage.AO_SESSIE, AuthorizationMatrixTest::seeTask,
                        omOrCockpit, NOBODY),
                new Action("casus bespreken in het Actie-Overleg claimen (REST)", Stage.AO_SESSIE, AuthorizationMatrixTest::claimTask,
                        om, NOBODY),
                new Action("casus bespreken in het Actie-Overleg en besluiten (REST)", Stage.AO_SESSIE,
                        AuthorizationMatrixTest::submitActieOverlegSession, om, NOBODY),
                new Action("tactisch plan zien (REST)", Stage.AO_PLAN, AuthorizationMatrixTest::seeTask,
                        orCockpit(PartnerGroup.RECLASSERING), NOBODY),
                new Action("tactisch plan kennisnemen (REST)", Stage.AO_PLAN, AuthorizationMatrixTest::submitEmpty,
                        EnumSet.of(PartnerGroup.RECLASSERING), NOBODY),
                // Its records: the groups at the table; the supervisor without what was written about people.
                new Action("dossier Actie-Overleg lezen (/api)", Stage.AO_FEITEN, AuthorizationMatrixTest::readActieOverlegFile,
                        aanTafel(Tafel.ACTIE_OVERLEG, PartnerGroup.SUPERVISOR), NOBODY),
                new Action("wat er gebeurde in het dossier Actie-Overleg lezen (/api)", Stage.AO_FEITEN,
                        AuthorizationMatrixTest::readActieOverlegReport, aanTafel(Tafel.ACTIE_OVERLEG), NOBODY),
                // Models: shared by all houses, deployed by the process owner.
                new Action("model deployen", Stage.TRIAGE, AuthorizationMatrixTest::deploy, owner, owner),
                new Action("deployment met lopende casussen verwijderen", Stage.TRIAGE, AuthorizationMatrixTest::deleteDeployment, NOBODY, NOBODY));
    }

    /** The groups that sit at a session-based table, and these others. */
    private static EnumSet<PartnerGroup> aanTafel(Tafel tafel, PartnerGroup... andere) {
        EnumSet<PartnerGroup> groups = EnumSet.copyOf(tafel.aanTafel());
        groups.addAll(List.of(andere));
        return groups;
    }

    /** A task's candidate groups, and the supervisor and process owner, who read every task of their house in Cockpit. */
    private static EnumSet<PartnerGroup> orCockpit(PartnerGroup... candidates) {
        EnumSet<PartnerGroup> groups = EnumSet.copyOf(PartnerGroup.withAccess(PartnerGroup.Access.COCKPIT));
        groups.addAll(List.of(candidates));
        return groups;
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Action action : actions()) {
            for (PartnerGroup group : PartnerGroup.values()) {
                for (boolean own : new boolean[] {true, false}) {
                    cells.add(Arguments.of(action, group, own ? "eigen huis" : "ander huis"));
                }
            }
        }
        return cells.stream();
    }

    @BeforeAll
    void anotherHouse() {
        if (identityService.createTenantQuery().tenantId(OTHER_HOUSE).count() == 0) {
            identityService.saveTenant(identityService.newTenant(OTHER_HOUSE));
            for (PartnerGroup group : PartnerGroup.values()) {
                var user = identityService.newUser(otherUser(group));
                user.setPassword("demo");
                identityService.saveUser(user);
                identityService.createMembership(user.getId(), group.id());
                identityService.createTenantUserMembership(OTHER_HOUSE, user.getId());
            }
        }
    }

    @AfterAll
    void report() {
        System.out.printf("Autorisatiematrix: %d cellen gecontroleerd (%d acties x %d groepen x 2 huizen)%n",
                cells.get(), actions().size(), PartnerGroup.values().length);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @MethodSource("cells")
    void matrix(Action action, PartnerGroup group, String house) {
        boolean own = house.equals("eigen huis");
        String user = own ? group.id() + "1" : otherUser(group);
        // A refused attempt leaves the case as it was (that is what a cell checks), so the
        // cells of one action share a case until one takes effect.
        Target target = targets.computeIfAbsent(action.naam(), naam -> target(action.stage()));
        boolean tookEffect = action.attempt().run(this, user, target);
        if (tookEffect) {
            targets.remove(action.naam());
        }
        cells.incrementAndGet();
        assertThat(tookEffect).as("%s as %s (%s)", action, user, house).isEqualTo(action.allowed(group, own));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nobodyButTheCaseDirector")
    void caseDirectorWorksOwnTask(String user, boolean allowed) {
        assertThat(submitPreparation(user, target(Stage.VOORBEREIDING))).as(user).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nobodyButTheCaseDirector")
    void caseDirectorReadsOwnIncidentNotice(String user, boolean allowed) {
        assertThat(submitNotice(user, target(Stage.KENNISNEMEN_CASUSREGISSEUR))).as(user).isEqualTo(allowed);
    }

    static Stream<Arguments> nobodyButTheCaseDirector() {
        return Stream.of(Arguments.of("casusregisseur2", true), Arguments.of("casusregisseur1", false),
                Arguments.of("procesregisseur1", false));
    }

    // --- the targets ---

    private static String otherUser(PartnerGroup group) {
        return group.id() + "t1";
    }

    /**
     * A fresh case referred by politie1; at MELDING it was taken up and the police is told the outcome;
     * at VOORBEREIDING casusregisseur2 directs it and prepares the first round; at AFSPRAAK that
     * round made an agreement for Veilig Thuis, whose follow-up task is open; at BODEMEIS it set a
     * minimum condition the police guards, whose watch is open; at GESCHONDEN the police reported it
     * broken and the chair's task is open. PLANNEN is the chair's plan of that round; at BIJDRAGE
     * Veilig Thuis is invited and its contribution task is open; at OM_DEEL the clients attend and
     * the OM is needed, and the round waits at its OM segment. At KENNISNEMEN a new incident was
     * reported on the case at VOORBEREIDING and the police (the referrer) has its notice open; at
     * KENNISNEMEN_CASUSREGISSEUR casusregisseur2's own notice of it is the task.
     */
    private Target target(Stage stage) {
        if (stage.name().startsWith("HV_")) {
            return huisverbod(stage);
        }
        if (stage.name().startsWith("ZSM_")) {
            return zsm(stage);
        }
        if (stage.name().startsWith("MELDING_")) {
            return melding(stage);
        }
        if (stage.name().startsWith("AO_")) {
            return actieOverleg(stage);
        }
        if (stage == Stage.AGENDA_ZSM || stage == Stage.AGENDA_ACTIE_OVERLEG) {
            return agendapunt(stage == Stage.AGENDA_ZSM ? Tafel.ZSM_VERDIEPING : Tafel.ACTIE_OVERLEG);
        }
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Matrix")));
        long casusId = casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow().id();
        if (stage == Stage.TRIAGE) {
            return new Target(casus.getBusinessKey(), casusId, casus.getId(), fixture.task(casus).getId());
        }
        if (stage == Stage.PROEFTIJD || stage == Stage.CONTROLE || stage == Stage.REACTIE) {
            return proeftijd(stage, casus.getBusinessKey(), casusId);
        }
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        if (stage == Stage.MELDING) {
            return new Target(casus.getBusinessKey(), casusId, casus.getId(),
                    fixture.task(casus, ZvhCasus.Element.UITKOMST_BEKIJKEN).getId());
        }
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur2"));
        ProcessInstance overleg = fixture.focusoverleg(casus);
        if (stage == Stage.VOORBEREIDING) {
            return new Target(casus.getBusinessKey(), casusId, casus.getId(),
                    fixture.task(overleg, "UserTask_ClientenVoorbereiden").getId());
        }
        if (stage == Stage.KENNISNEMEN || stage == Stage.KENNISNEMEN_CASUSREGISSEUR) {
            incidentService.meld(new IncidentService.Incident(casus.getBusinessKey(), Fixture.HUIS, "PROEFTIJD",
                    "Contactverbod overtreden", Fixture.uniek("proeftijd-")));
            Task notice = stage == Stage.KENNISNEMEN
                    ? taskService.createTaskQuery().processInstanceId(casus.getId())
                            .taskDefinitionKey(ZvhCasus.Element.INCIDENT_KENNISNEMEN).taskCandidateGroup("politie").singleResult()
                    : fixture.task(casus, ZvhCasus.Element.INCIDENT_KENNISNEMEN_CASUSREGISSEUR);
            return new Target(casus.getBusinessKey(), casusId, casus.getId(), notice.getId());
        }
        if (stage == Stage.PLANNEN) {
            return new Target(casus.getBusinessKey(), casusId, casus.getId(),
                    fixture.task(overleg, "UserTask_OverlegPlannen").getId());
        }
        fixture.complete("casusregisseur2", overleg, Map.of("wensenClienten", "Rust",
                "deelnameClienten", stage == Stage.OM_DEEL ? "JA" : "NEE"));
        if (stage == Stage.BIJDRAGE) {
            fixture.complete("procesregisseur1", fixture.task(overleg, "UserTask_OverlegPlannen"),
                    Fixture.overlegplan(false, false, "veiligthuis"));
            fixture.complete("procesregisseur1", fixture.task(overleg, "UserTask_OpzetBevestigen"),
                    Map.of("uitgenodigdePartners", Fixture.partnerlijst("veiligthuis")));
            return new Target(casus.getBusinessKey(), casusId, casus.getId(),
                    fixture.task(overleg, "UserTask_InformatieAanleveren").getId());
        }
        if (stage == Stage.OM_DEEL) {
            fixture.planOverleg(overleg, true, "om", "veiligthuis");
            return new Target(casus.getBusinessKey(), casusId, casus.getId(),
                    fixture.task(overleg, "UserTask_OverlegVastleggen").getId());
        }
        if (stage == Stage.BODEMEIS || stage == Stage.GESCHONDEN) {
            fixture.houdOverleg(overleg, Fixture.bodemeisverslag("politie", LocalDate.now().plusDays(14), LocalDate.now().plusDays(28)));
            Task bewaken = openTask(casus, "UserTask_BodemeisBewaken");
            if (stage == Stage.BODEMEIS) {
                return new Target(casus.getBusinessKey(), casusId, casus.getId(), bewaken.getId());
            }
            fixture.complete("politie1", bewaken, Map.of("bodemeisUitkomst", "GESCHONDEN", "bodemeisSchending", "Gezien bij de school"));
            return new Target(casus.getBusinessKey(), casusId, casus.getId(),
                    openTask(casus, ZvhCasus.Element.INCIDENT_OVERLEG_VERVROEGEN).getId());
        }
        fixture.houdOverleg(overleg, Fixture.overlegverslag(false, "Geen plan", 3, 5));
        return new Target(casus.getBusinessKey(), casusId, casus.getId(), taskService.createTaskQuery()
                .processInstanceBusinessKey(casus.getBusinessKey()).taskCandidateGroup("veiligthuis").singleResult().getId());
    }

    /**
     * A probation om1 imposed on the case, two years, accepting care at a low risk, supervised by the
     * probation service: its instance, and at CONTROLE its first check (due now), at REACTIE the OM's
     * reaction task after reclassering1 reported that check broken.
     */
    private Target proeftijd(Stage stage, String casusnummer, long casusId) {
        ProcessInstance proeftijd = proeftijden.legOp(casusnummer, nl.casusregie.proeftijd.ProeftijdFixture.aanvraag(24,
                nl.casusregie.proeftijd.Risico.LAAG, nl.casusregie.proeftijd.ProeftijdFixture.voorwaarde(
                        nl.casusregie.proeftijd.VoorwaardeSoort.MEEWERKEN_HULPVERLENING, "Training volgen")));
        if (stage == Stage.PROEFTIJD) {
            return new Target(casusnummer, casusId, proeftijd.getId(), null);
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(proeftijd.getId()).singleResult().getId());
        Task controle = fixture.task(proeftijd, "UserTask_VoorwaardeControleren");
        if (stage == Stage.CONTROLE) {
            return new Target(casusnummer, casusId, proeftijd.getId(), controle.getId());
        }
        fixture.complete("reclassering1", controle, Map.of("controleUitkomst", "OVERTREDEN", "controleBevindingen", "Gestopt"));
        return new Target(casusnummer, casusId, proeftijd.getId(), fixture.task(proeftijd, "UserTask_ReagerenOpOvertreding").getId());
    }

    private String proeftijdnummer(Target target) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(target.instanceId()).singleResult().getBusinessKey();
    }

    private int proeftijdenVan(Target target) {
        return jdbc.sql("select count(*) from proeftijd where casus_id = :c").param("c", target.casusId()).query(Integer.class).single();
    }

    private boolean reactionTaskOpen(Target target) {
        return taskService.createTaskQuery().processInstanceId(target.instanceId())
                .taskDefinitionKey("UserTask_ReagerenOpOvertreding").count() > 0;
    }

    /**
     * A fresh case referred by politie1 with an order the municipality (gemeente1) registered an hour
     * after it was imposed; the target is the order's huisverbod instance at the stage's task. At
     * HV_TE_LAAT the decision's due moment passed; at HV_VERLOPEN day ten passed without a decision
     * and the chair is told (the timers run as the job executor would run them).
     */
    private Target huisverbod(Stage stage) {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Huisverbod")));
        long casusId = casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow().id();
        assertThat(registerOrder("gemeente1", new Target(casus.getBusinessKey(), casusId, casus.getId(), null))).isTrue();
        String instantie = jdbc.sql("select proces_instantie_id from huisverbod where casus_id = :c").param("c", casusId)
                .query(String.class).single();
        String taak = switch (stage) {
            case HV_HULP_UITHUISGEPLAATSTE -> Huisverbod.Element.HULP_UITHUISGEPLAATSTE;
            case HV_HULP_ACHTERBLIJVERS -> Huisverbod.Element.HULP_ACHTERBLIJVERS;
            case HV_BESLUIT -> Huisverbod.Element.BESLUITEN;
            case HV_TE_LAAT -> {
                runTimer(instantie, Huisverbod.Element.BESLUIT_TE_LAAT);
                yield Huisverbod.Element.TE_LAAT;
            }
            case HV_VERLOPEN -> {
                runTimer(instantie, Huisverbod.Element.GEEN_BESLUIT_OP_DAG_TIEN);
                runTimer(instantie, Huisverbod.Element.OP_AGENDA_ZETTEN);
                yield Huisverbod.Element.VOORZITTER_INLICHTEN;
            }
            default -> throw new IllegalArgumentException(stage.name());
        };
        return new Target(casus.getBusinessKey(), casusId, instantie, taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(taak).singleResult().getId());
    }

    // --- actie-overleg's entry, a new report: targets and attempts ---

    /** A new report about one person, every fact no but the one given (politie1's reports go to its own house). */
    private static Map<String, Object> melding(String feit) {
        Map<String, Object> melding = new HashMap<>();
        melding.put("betrokkenen", List.of(Map.of("naam", Fixture.uniek("Mo Melding"), "geboortedatum", "1986-04-03",
                "rol", "SLACHTOFFER")));
        melding.put("watGebeurd", Fixture.uniek("Melding "));
        melding.put("soortMelding", "POLITIE");
        for (String f : List.of("acuteOnveiligheid", "letselKind", "stalking", "verdachteGehoordOfAangehouden", "mensenhandel",
                "dreigendGevaar")) {
            melding.put(f, f.equals(feit));
        }
        return melding;
    }

    /**
     * A report politie1 entered; at MELDING_ROUTE its "Route bevestigen" is the target, at
     * MELDING_KINDERMISHANDELING an injured child's report confirmed and the joint task is.
     */
    private Target melding(Stage stage) {
        boolean kind = stage == Stage.MELDING_KINDERMISHANDELING;
        ResponseEntity<String> response = post("politie1", "/api/meldingen", melding(kind ? "letselKind" : "dreigendGevaar"));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        String nummer = response.getBody().replaceAll(".*\"nummer\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Map<String, Object> rij = jdbc.sql("select id, proces_instantie_id from melding where nummer = :n and huis = :h")
                .param("n", nummer).param("h", Fixture.HUIS).query().singleRow();
        String instantie = (String) rij.get("PROCES_INSTANTIE_ID");
        Task route = taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(ActieOverleg.Element.ROUTE_BEVESTIGEN).singleResult();
        Target target = new Target(nummer, ((Number) rij.get("ID")).longValue(), instantie, route.getId());
        if (!kind) {
            return target;
        }
        assertThat(as("politie1", () -> taskService.complete(route.getId(), Map.of("gekozenRoute", "STRAFBARE_KINDERMISHANDELING"))))
                .isTrue();
        return new Target(nummer, target.casusId(), instantie, taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(ActieOverleg.Element.KINDERMISHANDELING).singleResult().getId());
    }

    private long meldingenVan(String user) {
        return jdbc.sql("select count(*) from melding where gemeld_door = :u").param("u", user).query(Long.class).single();
    }

    private boolean meldingIngevoerd(String user, long voor) {
        if (meldingenVan(user) == voor) {
            return false;
        }
        assertThat(jdbc.sql("select huis from melding where gemeld_door = :u order by id desc fetch first 1 rows only")
                .param("u", user).query(String.class).single()).as("a report lands in its reporter's own house")
                .isEqualTo(houseOf(user));
        return true;
    }

    private boolean enterReport(String user, Target target) {
        long voor = meldingenVan(user);
        post(user, "/api/meldingen", melding("stalking"));
        return meldingIngevoerd(user, voor);
    }

    private boolean submitReportStartForm(String user, Target target) {
        long voor = meldingenVan(user);
        Map<String, Object> vars = new HashMap<>();
        vars.put("betrokkene1", json("{\"naam\":\"" + Fixture.uniek("Mo Melding") + "\",\"rol\":\"SLACHTOFFER\"}"));
        vars.put("watGebeurd", Map.of("value", "Via het startformulier"));
        vars.put("soortMelding", Map.of("value", "VEILIG_THUIS"));
        for (String f : List.of("acuteOnveiligheid", "letselKind", "stalking", "verdachteGehoordOfAangehouden", "mensenhandel",
                "dreigendGevaar")) {
            vars.put(f, Map.of("value", f.equals("stalking"), "type", "Boolean"));
        }
        post(user, "/engine-rest/process-definition/key/" + ActieOverleg.PROCESS_KEY + "/submit-form", Map.of("variables", vars));
        return meldingIngevoerd(user, voor);
    }

    private boolean startReportLater(String user, Target target) {
        ResponseEntity<String> response = post(user, "/engine-rest/process-definition/key/" + ActieOverleg.PROCESS_KEY + "/start",
                Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", ActieOverleg.Element.ACTIE_OVERLEG_AANMAKEN))));
        return response.getStatusCode().is2xxSuccessful();
    }

    private boolean submitRoute(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "gekozenRoute", Map.of("value", "ACTIE_OVERLEG"))));
        return !taskOpen(target);
    }

    private boolean submitJointAgreement(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "samenAfspraken", Map.of("value", "Raad start een urgent onderzoek"), "vervolgKeuze", Map.of("value", "GEEN"))));
        if (taskOpen(target)) {
            return false;
        }
        assertThat(jdbc.sql("select samen_groep from melding where id = :id").param("id", target.casusId()).query(String.class)
                .single()).as("the agreement is recorded for the completing user's group").isEqualTo(user.replaceAll("1$", ""));
        return true;
    }

    private boolean readReport(String user, Target target) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/meldingen/" + target.nummer(),
                String.class);
        return response.getStatusCode().is2xxSuccessful() && response.getBody().contains(target.nummer());
    }

    // --- zsm-verdieping: targets and attempts ---

    private static Map<String, Object> zsmInbreng(String reden) {
        return Map.of("betrokkenen", List.of(Map.of("naam", Fixture.uniek("Sam Zsm"), "geboortedatum", "1984-03-02",
                "rol", "MOGELIJKE_PLEGER")), "buikpijnReden", reden);
    }

    /**
     * A ZSM case politie1 put forward; at ZSM_BIJDRAGE the police's contribution task is the target, at
     * ZSM_SESSIE the session began (its timer run) and the officer's task is, at ZSM_OVERDRACHT om1
     * decided a request to the child-protection board and the board's confirmation is.
     */
    private Target zsm(Stage stage) {
        post("politie1", "/api/zsm-verdiepingen", zsmInbreng(Fixture.uniek("Buikpijn ")));
        Map<String, Object> zaak = jdbc.sql("select id, nummer, proces_instantie_id from zsm_zaak where ingebracht_door = 'politie1'"
                + " order by id desc fetch first 1 rows only").query().singleRow();
        String instantie = (String) zaak.get("PROCES_INSTANTIE_ID");
        Target bijdrage = new Target((String) zaak.get("NUMMER"), ((Number) zaak.get("ID")).longValue(), instantie,
                taskService.createTaskQuery().processInstanceId(instantie).taskCandidateGroup("politie").singleResult().getId());
        if (stage == Stage.ZSM_BIJDRAGE) {
            return bijdrage;
        }
        runTimer(instantie, ZsmVerdieping.Element.SESSIE_BEGINT);
        Task sessie = taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(ZsmVerdieping.Element.VERDIEPINGSOVERLEG).singleResult();
        if (stage == Stage.ZSM_SESSIE) {
            return new Target(bijdrage.nummer(), bijdrage.casusId(), instantie, sessie.getId());
        }
        if (stage == Stage.ZSM_BRIEF) {
            Map<String, Object> sepot = new HashMap<>(Map.of("regiehouder", "rvdk", "interpretatie", "Kind onveilig",
                    "officierBesluit", "SEPOT_MET_BRIEF", "briefTekst", "Persoonlijke-brief-M3", "briefTaal", "Nederlands"));
            sepot.put("briefAan", jdbc.sql("select naam from zsm_betrokkene where zaak_id = :z").param("z", bijdrage.casusId())
                    .query(String.class).single());
            assertThat(as("om1", () -> taskService.complete(sessie.getId(), sepot))).isTrue();
            return new Target(bijdrage.nummer(), bijdrage.casusId(), instantie, String.valueOf(jdbc.sql(
                    "select id from zsm_brief where zaak_id = :z").param("z", bijdrage.casusId()).query(Long.class).single()));
        }
        if (stage == Stage.ZSM_AANGEMELD) {
            assertThat(as("om1", () -> taskService.complete(sessie.getId(), Map.of("regiehouder", "rvdk",
                    "interpretatie", "Kind onveilig", "officierBesluit", "AANMELDING_ZVH",
                    "besluitToelichting", "Officier-voor-procesregisseur-M3")))).isTrue();
            String casusnummer = jdbc.sql("select zvh_casusnummer from zsm_bespreking where zaak_id = :z")
                    .param("z", bijdrage.casusId()).query(String.class).single();
            return new Target(casusnummer, casussen.findByNummer(Fixture.HUIS, casusnummer).orElseThrow().id(), instantie, null);
        }
        if (stage == Stage.ZSM_PROEFTIJD || stage == Stage.ZSM_CONTROLE || stage == Stage.ZSM_REACTIE) {
            return zsmProeftijd(stage, bijdrage.nummer(), bijdrage.casusId(), sessie);
        }
        assertThat(as("om1", () -> taskService.complete(sessie.getId(), Map.of("regiehouder", "rvdk",
                "interpretatie", "Kind onveilig", "officierBesluit", "VERZOEK_RVDK")))).isTrue();
        return new Target(bijdrage.nummer(), bijdrage.casusId(), instantie, taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(ZsmVerdieping.Element.OVERDRACHT_BEVESTIGEN).singleResult().getId());
    }

    /** The session's form with a conditional dismissal: a year, the probation service supervising, both accept help. */
    private static Map<String, Object> voorwaardelijkSepot() {
        return Map.of("regiehouder", "reclassering", "interpretatie", "Samen gezien", "officierBesluit", "VOORWAARDELIJK_SEPOT",
                "duurMaanden", 12, "toezichthouder", "reclassering", "risico", "LAAG",
                "voorwaarde1", Map.of("voorwaardeSoort", "MEEWERKEN_HULPVERLENING", "omschrijving", "Beiden aanvaarden hulp"));
    }

    /**
     * The probation om1's conditional dismissal of the ZSM case started (its instance is the target's): at
     * ZSM_CONTROLE its first check (run now), at ZSM_REACTIE the OM's reaction after reclassering1 reported it broken.
     */
    private Target zsmProeftijd(Stage stage, String nummer, long zaakId, Task sessie) {
        assertThat(as("om1", () -> taskService.complete(sessie.getId(), voorwaardelijkSepot()))).isTrue();
        String proeftijd = jdbc.sql("select proces_instantie_id from proeftijd where zsm_zaak_id = :z").param("z", zaakId)
                .query(String.class).single();
        if (stage == Stage.ZSM_PROEFTIJD) {
            return new Target(nummer, zaakId, proeftijd, null);
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(proeftijd).singleResult().getId());
        Task controle = taskService.createTaskQuery().processInstanceId(proeftijd).taskDefinitionKey("UserTask_VoorwaardeControleren")
                .singleResult();
        if (stage == Stage.ZSM_CONTROLE) {
            return new Target(nummer, zaakId, proeftijd, controle.getId());
        }
        as("reclassering1", () -> taskService.complete(controle.getId(), Map.of("controleUitkomst", "OVERTREDEN",
                "controleBevindingen", "Niet op de afspraak")));
        return new Target(nummer, zaakId, proeftijd, taskService.createTaskQuery().processInstanceId(proeftijd)
                .taskDefinitionKey("UserTask_ReagerenOpOvertreding").singleResult().getId());
    }

    private boolean submitZsmConditionalDismissal(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "regiehouder", Map.of("value", "reclassering"), "interpretatie", Map.of("value", "Samen gezien"),
                "officierBesluit", Map.of("value", "VOORWAARDELIJK_SEPOT"), "duurMaanden", Map.of("value", 12, "type", "Integer"),
                "toezichthouder", Map.of("value", "reclassering"), "risico", Map.of("value", "MIDDEN"),
                "voorwaarde1", json("{\"voorwaardeSoort\":\"CONTACTVERBOD\",\"omschrijving\":\"Geen contact met Noor\"}"))));
        if (taskOpen(target)) {
            return false;
        }
        assertThat(jdbc.sql("select count(*) from proeftijd where zsm_zaak_id = :z").param("z", target.casusId())
                .query(Long.class).single()).isEqualTo(1);
        return true;
    }

    private boolean downloadZsmLetter(String user, Target target) {
        ResponseEntity<byte[]> response = http.withBasicAuth(user, "demo").getForEntity("/api/zsm-verdiepingen/" + target.nummer()
                + "/brieven/" + target.taskId(), byte[].class);
        return response.getStatusCode().is2xxSuccessful() && response.getBody() != null && response.getBody().length > 0;
    }

    private boolean readZsmOriginInCaseFile(String user, Target target) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/casussen/" + target.nummer()
                + "/dossier", String.class);
        return response.getStatusCode().is2xxSuccessful() && response.getBody().contains("Officier-voor-procesregisseur-M3");
    }

    private boolean readZsmProbationConditions(String user, Target target) {
        String body = zsmFile(user, target).getBody();
        return body != null && body.contains("Beiden aanvaarden hulp");
    }

    private long zsmZakenVan(String user) {
        return jdbc.sql("select count(*) from zsm_zaak where ingebracht_door = :u").param("u", user).query(Long.class).single();
    }

    private boolean zsmZaakIngebracht(String user, long voor) {
        if (zsmZakenVan(user) == voor) {
            return false;
        }
        assertThat(jdbc.sql("select huis from zsm_zaak where ingebracht_door = :u order by id desc fetch first 1 rows only")
                .param("u", user).query(String.class).single()).as("a ZSM case lands in its partner's own house")
                .isEqualTo(houseOf(user));
        return true;
    }

    private boolean bringZsmCase(String user, Target target) {
        long voor = zsmZakenVan(user);
        post(user, "/api/zsm-verdiepingen", zsmInbreng("Via de API"));
        return zsmZaakIngebracht(user, voor);
    }

    private boolean submitZsmStartForm(String user, Target target) {
        long voor = zsmZakenVan(user);
        post(user, "/engine-rest/process-definition/key/zsm-verdieping/submit-form", Map.of("variables", Map.of(
                "betrokkene1", json("{\"naam\":\"" + Fixture.uniek("Sam Zsm") + "\",\"rol\":\"SLACHTOFFER\"}"),
                "buikpijnReden", Map.of("value", "Via het startformulier"))));
        return zsmZaakIngebracht(user, voor);
    }

    private boolean startZsmLater(String user, Target target) {
        ResponseEntity<String> response = post(user, "/engine-rest/process-definition/key/zsm-verdieping/start", Map.of(
                "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", ZsmVerdieping.Element.VERDIEPINGSOVERLEG))));
        return response.getStatusCode().is2xxSuccessful();
    }

    private boolean submitZsmContribution(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "partner", Map.of("value", "om"), "grondslag", Map.of("value", "WETTELIJKE_TAAK"),
                "informatie", Map.of("value", "Twee eerdere meldingen"))));
        if (taskOpen(target)) {
            return false;
        }
        assertThat(jdbc.sql("select partner from zsm_bijdrage where zaak_id = :z").param("z", target.casusId())
                .query(String.class).list()).containsExactly("politie");
        return true;
    }

    private ResponseEntity<String> zsmFile(String user, Target target) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/zsm-verdiepingen/" + target.nummer(), String.class);
    }

    private boolean readZsmFile(String user, Target target) {
        return zsmFile(user, target).getStatusCode().is2xxSuccessful();
    }

    private boolean readZsmReason(String user, Target target) {
        String reden = jdbc.sql("select reden from zsm_zaak where id = :z").param("z", target.casusId()).query(String.class).single();
        String body = zsmFile(user, target).getBody();
        return body != null && body.contains(reden);
    }

    private boolean submitZsmSession(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "regiehouder", Map.of("value", "reclassering"), "interpretatie", Map.of("value", "Samen gezien"),
                "officierBesluit", Map.of("value", "DAGVAARDING"))));
        return !taskOpen(target);
    }

    // --- actie-overleg: targets and attempts ---

    private static final String AO_WAT_GEBEURD = "Staat 's nachts voor de deur en stuurt dreigberichten";

    private static Map<String, Object> actieOverlegMelding() {
        return Map.of("betrokkenen", List.of(
                Map.of("naam", Fixture.uniek("Rik Ao"), "geboortedatum", "1985-03-02", "rol", "PLEGER"),
                Map.of("naam", Fixture.uniek("Eva Ao"), "geboortedatum", "1988-07-14", "rol", "SLACHTOFFER")),
                "watGebeurd", AO_WAT_GEBEURD, "stalking", true);
    }

    /**
     * An Actie-Overleg case politie1 reported; at AO_FEITEN Veilig Thuis's bundling task is the target,
     * at AO_SESSIE the session began (its timer run) and the officer's task is, at AO_PLAN om1 made a
     * plan with an action for the probation service and its plan notice is.
     */
    private Target actieOverleg(Stage stage) {
        post("politie1", "/api/actie-overleggen", actieOverlegMelding());
        Map<String, Object> zaak = jdbc.sql("select id, nummer, proces_instantie_id from actie_overleg where gemeld_door = 'politie1'"
                + " order by id desc fetch first 1 rows only").query().singleRow();
        String instantie = (String) zaak.get("PROCES_INSTANTIE_ID");
        Target feiten = new Target((String) zaak.get("NUMMER"), ((Number) zaak.get("ID")).longValue(), instantie,
                taskService.createTaskQuery().processInstanceId(instantie).taskCandidateGroup("veiligthuis").singleResult().getId());
        if (stage == Stage.AO_FEITEN) {
            return feiten;
        }
        runTimer(instantie, ActieOverleg.Element.SESSIE_BEGINT);
        Task sessie = taskService.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(ActieOverleg.Element.BESPREKEN)
                .singleResult();
        if (stage == Stage.AO_SESSIE) {
            return new Target(feiten.nummer(), feiten.casusId(), instantie, sessie.getId());
        }
        assertThat(as("om1", () -> taskService.complete(sessie.getId(), actieOverlegBesluit("reclassering")))).isTrue();
        return new Target(feiten.nummer(), feiten.casusId(), instantie, taskService.createTaskQuery().processInstanceId(instantie)
                .taskDefinitionKey(ActieOverleg.Element.PLAN_KENNISNEMEN).taskCandidateGroup("reclassering").singleResult().getId());
    }

    private static Map<String, Object> actieOverlegBesluit(String actiePartner) {
        Map<String, Object> besluit = new HashMap<>(actieOverlegBesluit());
        besluit.put("actie1", Map.of("partner", actiePartner, "wat", "Rik aanspreken",
                "deadline", LocalDate.now().plusDays(7).toString(), "waarom", "Veiligheid van Eva"));
        return besluit;
    }

    /** The session's decisions without a plan, as the form submits them. */
    private static Map<String, Object> actieOverlegBesluit() {
        return Map.of("ambtshalveAangifte", true, "aangifteReden", "Eva durft zelf geen aangifte te doen", "aanhouding", false,
                "contactverbod", true, "omReden", "Contactverbod beschermt Eva direct", "zorgenResterend", true,
                "vervolgKeuze", "VOLGEN");
    }

    private long actieOverleggenVan(String user) {
        return jdbc.sql("select count(*) from actie_overleg where gemeld_door = :u").param("u", user).query(Long.class).single();
    }

    private boolean actieOverlegGemeld(String user, long voor) {
        if (actieOverleggenVan(user) == voor) {
            return false;
        }
        assertThat(jdbc.sql("select huis from actie_overleg where gemeld_door = :u order by id desc fetch first 1 rows only")
                .param("u", user).query(String.class).single()).as("an Actie-Overleg case lands in its reporter's own house")
                .isEqualTo(houseOf(user));
        return true;
    }

    private boolean reportActieOverleg(String user, Target target) {
        long voor = actieOverleggenVan(user);
        post(user, "/api/actie-overleggen", actieOverlegMelding());
        return actieOverlegGemeld(user, voor);
    }

    private boolean startActieOverlegLater(String user, Target target) {
        ResponseEntity<String> response = post(user, "/engine-rest/process-definition/key/actie-overleg/start", Map.of(
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", ActieOverleg.Element.BESPREKEN))));
        return response.getStatusCode().is2xxSuccessful();
    }

    private boolean submitActieOverlegFacts(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "feitenVeiligThuis", Map.of("value", "Twee eerdere meldingen"), "bekendBijReclassering", Map.of("value", "NEE"))));
        return !taskOpen(target);
    }

    private boolean submitActieOverlegSession(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        Map<String, Object> variables = new HashMap<>();
        actieOverlegBesluit().forEach((naam, waarde) -> variables.put(naam, Map.of("value", waarde)));
        variables.put("actie1", json("{\"partner\":\"politie\",\"wat\":\"Stopgesprek\",\"deadline\":\""
                + LocalDate.now().plusDays(7) + "\",\"waarom\":\"Veiligheid van Eva\"}"));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", variables));
        return !taskOpen(target);
    }

    private ResponseEntity<String> actieOverlegFile(String user, Target target) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/actie-overleggen/" + target.nummer(), String.class);
    }

    private boolean readActieOverlegFile(String user, Target target) {
        return actieOverlegFile(user, target).getStatusCode().is2xxSuccessful();
    }

    private boolean readActieOverlegReport(String user, Target target) {
        String body = actieOverlegFile(user, target).getBody();
        return body != null && body.contains(AO_WAT_GEBEURD);
    }

    /** Runs the instance's job at that element (a timer, or a save point), whatever its due date. */
    private void runTimer(String instantie, String element) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instantie).activityId(element)
                .singleResult().getId());
    }

    private String orderStatus(Target target) {
        return jdbc.sql("select status from huisverbod where proces_instantie_id = :i").param("i", target.instanceId())
                .query(String.class).single();
    }

    /** The case's open task at that activity, in whichever of its instances. */
    private Task openTask(ProcessInstance casus, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(casus.getBusinessKey())
                .taskDefinitionKey(activityId).singleResult();
    }

    private boolean taskOpen(Target target) {
        return taskService.createTaskQuery().taskId(target.taskId()).count() == 1;
    }

    private boolean transferStarted(Target target) {
        return taskService.createTaskQuery().processInstanceId(target.instanceId())
                .taskDefinitionKey(ZvhCasus.Element.CASUSREGIE_OVERDRAGEN).count() > 0;
    }

    // --- the attempts ---

    private boolean submitStartForm(String user, Target target) {
        String naam = Fixture.uniek("Startformulier ");
        ResponseEntity<String> response = post(user, "/engine-rest/process-definition/key/zvh-casus/submit-form",
                Map.of("variables", Map.of("lid1", json("{\"naam\":\"" + naam + "\",\"rol\":\"SLACHTOFFER\"}"))));
        if (!response.getStatusCode().is2xxSuccessful()) {
            return false;
        }
        String huis = casussen.findByProcesInstantie(idOf(response)).orElseThrow().huis();
        assertThat(huis).as("a referral lands in the referrer's own house").isEqualTo(houseOf(user));
        return true;
    }

    private boolean submitProbationStartForm(String user, Target target) {
        post(user, "/engine-rest/process-definition/key/proeftijd/submit-form", Map.of("variables", Map.of(
                "casusnummer", Map.of("value", target.nummer()), "proeftijdSoort", Map.of("value", "VOORWAARDELIJKE_STRAF"),
                "ingangsdatum", Map.of("value", LocalDate.now().toString()), "duurMaanden", Map.of("value", 12, "type", "Integer"),
                "toezichthouder", Map.of("value", "reclassering"), "risico", Map.of("value", "MIDDEN"),
                "voorwaarde1", json("{\"voorwaardeSoort\":\"CONTACTVERBOD\",\"omschrijving\":\"Geen contact met Noor\"}"))));
        return proeftijdenVan(target) > 0;
    }

    private boolean imposeProbation(String user, Target target) {
        post(user, "/api/casussen/" + target.nummer() + "/proeftijden", Map.of("proeftijdSoort", "VOORWAARDELIJK_SEPOT",
                "ingangsdatum", LocalDate.now().toString(), "duurMaanden", 24, "toezichthouder", "reclassering", "risico", "LAAG",
                "voorwaarden", List.of(Map.of("voorwaardeSoort", "MEEWERKEN_HULPVERLENING", "omschrijving", "Training volgen"))));
        return proeftijdenVan(target) > 0;
    }

    private boolean submitCheck(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "controleUitkomst", Map.of("value", "NAGELEEFD"))));
        return !taskOpen(target);
    }

    private boolean submitReaction(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "omReactie", Map.of("value", "WAARSCHUWING"), "reactieReden", Map.of("value", "Gesprek met de officier"))));
        return !taskOpen(target);
    }

    private boolean reportBreach(String user, Target target) {
        post(user, "/api/proeftijden/" + proeftijdnummer(target) + "/overtredingen", Map.of("wat", "Niet op de training"));
        return reactionTaskOpen(target);
    }

    private boolean correlateBreach(String user, Target target) {
        post(user, "/engine-rest/message", Map.of("messageName", "VoorwaardeOvertreden", "businessKey", proeftijdnummer(target),
                "processVariables", Map.of("overtredingId", Map.of("value", 1, "type", "Long"))));
        return reactionTaskOpen(target);
    }

    private boolean readProbationDetails(String user, Target target) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .getForEntity("/api/casussen/" + target.nummer() + "/dossier", String.class);
        return response.getStatusCode().is2xxSuccessful() && response.getBody().contains("\"afgeschermd\":false")
                && response.getBody().contains("Training volgen");
    }

    private boolean startWithInstructions(String user, Target target) {
        ResponseEntity<String> response = post(user, "/engine-rest/process-definition/key/zvh-casus/start", Map.of(
                "businessKey", target.nummer(),
                "variables", Map.of("casusId", Map.of("value", target.casusId(), "type", "Long")),
                "skipCustomListeners", true,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", ZvhCasus.Element.CASUS_AFSLUITEN))));
        return response.getStatusCode().is2xxSuccessful() || casussen.get(target.casusId()).status() != CasusStatus.AANGEMELD;
    }

    private boolean startSecondInstance(String user, Target target) {
        post(user, "/engine-rest/process-definition/key/zvh-casus/start", Map.of("businessKey", target.nummer(),
                "variables", Map.of("casusId", Map.of("value", target.casusId(), "type", "Long"))));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(target.nummer())
                .processDefinitionKey(ZvhCasus.PROCESS_KEY).count() > 1;
    }

    private boolean startWithInstructionsJava(String user, Target target) {
        return as(user, () -> runtimeService.createProcessInstanceByKey(ZvhCasus.PROCESS_KEY)
                .businessKey(target.nummer())
                .setVariables(Map.of("casusId", target.casusId()))
                .startBeforeActivity(ZvhCasus.Element.CASUS_AFSLUITEN)
                .execute(true, true));
    }

    private boolean submitTriage(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "aanpak", Map.of("value", "MDA++"), "triageReden", Map.of("value", "Zoals geadviseerd"))));
        return !taskOpen(target);
    }

    private boolean completeTriageJava(String user, Target target) {
        as(user, () -> taskService.complete(target.taskId(), Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd")));
        return !taskOpen(target);
    }

    private boolean submitNotice(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of()));
        return !taskOpen(target);
    }

    private boolean submitAgreementOutcome(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "afspraakUitkomst", Map.of("value", "GEDAAN"), "afspraakToelichting", Map.of("value", "Plan gemaakt"))));
        return !taskOpen(target);
    }

    private boolean submitPlan(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "datum", Map.of("value", java.time.LocalDate.now().plusDays(7).toString()),
                "omNodig", Map.of("value", false), "stalkingOfTerreur", Map.of("value", false),
                "uitgenodigdePartners", json("[\"politie\"]"))));
        return !taskOpen(target);
    }

    /** A contribution is stored as the task's own group's, whatever partner the request names. */
    private boolean submitContribution(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "partner", Map.of("value", "om"), "grondslag", Map.of("value", "WETTELIJKE_TAAK"),
                "informatie", Map.of("value", "Nieuwe melding van de school"))));
        if (taskOpen(target)) {
            return false;
        }
        assertThat(jdbc.sql("select b.partner from bijdrage b join overleg o on o.id = b.overleg_id where o.casus_id = :c")
                .param("c", target.casusId()).query(String.class).list()).containsExactly("veiligthuis");
        return true;
    }

    private boolean submitOmSegment(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "clientenAanwezig", Map.of("value", false), "nieuweZorgen", Map.of("value", false),
                "beeldvorming", Map.of("value", "Aangifte wordt voorbereid"),
                "scores", json("[{\"deelnemer\":\"OM\",\"score\":6,\"toelichting\":\"Zorg\"}]"),
                "afspraken", json("[]"))));
        return !taskOpen(target);
    }

    private boolean seeTask(String user, Target target) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task?taskId=" + target.taskId(), String.class);
        return response.getStatusCode().is2xxSuccessful() && response.getBody().contains(target.taskId());
    }

    private boolean claimTask(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        return user.equals(taskService.createTaskQuery().taskId(target.taskId()).singleResult().getAssignee());
    }

    private boolean submitBreach(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "bodemeisUitkomst", Map.of("value", "GESCHONDEN"), "bodemeisSchending", Map.of("value", "Gezien bij de school"))));
        return !taskOpen(target);
    }

    private boolean submitEarlierMeeting(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/claim", Map.of("userId", user));
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "vervroegdOverleg", Map.of("value", LocalDate.now().plusDays(3).toString()))));
        return !taskOpen(target);
    }

    private long incidents(Target target) {
        return jdbc.sql("select count(*) from incident where casus_id = :c").param("c", target.casusId()).query(Long.class).single();
    }

    private boolean reportIncident(String user, Target target) {
        post(user, "/api/casussen/" + target.nummer() + "/incidenten", Map.of("omschrijving", "Melding van de school"));
        return incidents(target) > 0;
    }

    private boolean correlateIncident(String user, Target target) {
        post(user, "/engine-rest/message", Map.of("messageName", ZvhCasus.MESSAGE_NIEUW_INCIDENT, "businessKey", target.nummer(),
                "processVariables", Map.of("incidentBron", Map.of("value", "POLITIE"),
                        "incidentOmschrijving", Map.of("value", "Zelf gecorreleerd"), "incidentSleutel", Map.of("value", "eigen"))));
        return incidents(target) > 0;
    }

    private boolean registerOrder(String user, Target target) {
        post(user, "/api/huisverboden", Map.of("opgelegdOp", java.time.LocalDateTime.now().minusHours(1).withNano(0).toString(),
                "uithuisgeplaatste", Map.of("naam", "Sam Matrix", "geboortedatum", "1980-05-01"),
                "casusnummer", target.nummer()));
        return jdbc.sql("select count(*) from huisverbod where casus_id = :c").param("c", target.casusId())
                .query(Long.class).single() > 0;
    }

    private boolean correlateOrder(String user, Target target) {
        post(user, "/engine-rest/message", Map.of("messageName", Huisverbod.MESSAGE_OPGELEGD, "businessKey", target.nummer(),
                "processVariables", Map.of("huis", Map.of("value", Fixture.HUIS),
                        "eindeHuisverbod", Map.of("value", "2099-01-01T00:00:00.000+0000", "type", "Date"))));
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Huisverbod.PROCESS_KEY)
                .processInstanceBusinessKey(target.nummer()).count() > 0;
    }

    private boolean startOrder(String user, Target target) {
        post(user, "/engine-rest/process-definition/key/" + Huisverbod.PROCESS_KEY + "/start", Map.of("businessKey", target.nummer()));
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Huisverbod.PROCESS_KEY)
                .processInstanceBusinessKey(target.nummer()).count() > 0;
    }

    private boolean liftOrder(String user, Target target) {
        long id = jdbc.sql("select id from huisverbod where proces_instantie_id = :i").param("i", target.instanceId())
                .query(Long.class).single();
        post(user, "/api/huisverboden/" + id + "/intrekking", Map.of("reden", "De dreiging is weg"));
        return "INGETROKKEN".equals(orderStatus(target));
    }

    private boolean correlateLifting(String user, Target target) {
        post(user, "/engine-rest/message", Map.of("messageName", Huisverbod.MESSAGE_INGETROKKEN,
                "processInstanceId", target.instanceId()));
        return taskService.createTaskQuery().processInstanceId(target.instanceId())
                .taskDefinitionKey(Huisverbod.Element.BESLUITEN).count() == 0;
    }

    private boolean submitHelpOffender(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "hulpUithuisgeplaatste", Map.of("value", "HULP_GESTART"),
                "hulpUithuisgeplaatsteToelichting", Map.of("value", "Intake gepland"))));
        return !taskOpen(target);
    }

    private boolean submitHelpVictims(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "hulpAchterblijvers", Map.of("value", "HULP_GESTART"),
                "hulpAchterblijversToelichting", Map.of("value", "Veiligheidsplan gemaakt"))));
        return !taskOpen(target);
    }

    private boolean submitExtensionDecision(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "verlengingsbesluit", Map.of("value", "NIET_VERLENGEN"),
                "verlengingsbesluitReden", Map.of("value", "Geen dreiging meer"))));
        return !taskOpen(target);
    }

    private boolean submitEmpty(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of()));
        return !taskOpen(target);
    }

    private boolean comment(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/comment/create", Map.of("message", "Even overleggen met VT"));
        return !taskService.getTaskComments(target.taskId()).isEmpty();
    }

    private boolean submitPreparation(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/submit-form", Map.of("variables", Map.of(
                "wensenClienten", Map.of("value", "Rust"), "deelnameClienten", Map.of("value", "NEE"))));
        return !taskOpen(target);
    }

    private boolean assignToOther(String user, Target target) {
        post(user, "/engine-rest/task/" + target.taskId() + "/assignee", Map.of("userId", "politie1"));
        return "politie1".equals(taskService.createTaskQuery().taskId(target.taskId()).singleResult().getAssignee());
    }

    private boolean createTask(String user, Target target) {
        String id = "matrix" + cells.get() + user;
        post(user, "/engine-rest/task/create", Map.of("id", id, "name", "Eigen taak"));
        return taskService.createTaskQuery().taskId(id).count() > 0;
    }

    private boolean writeProcessVariable(String user, Target target) {
        exchange(user, HttpMethod.PUT, "/engine-rest/process-instance/" + target.instanceId() + "/variables/fase",
                Map.of("value", 3, "type", "Integer"));
        return runtimeService.getVariable(target.instanceId(), "fase") != null;
    }

    private boolean writeProcessVariableJava(String user, Target target) {
        return as(user, () -> runtimeService.setVariable(target.instanceId(), "fase", 3));
    }

    private boolean writeTaskVariable(String user, Target target) {
        exchange(user, HttpMethod.PUT, "/engine-rest/task/" + target.taskId() + "/variables/aanpak", Map.of("value", "REGULIER"));
        return "REGULIER".equals(runtimeService.getVariable(target.instanceId(), "aanpak"));
    }

    private boolean modifyInstance(String user, Target target) {
        post(user, "/engine-rest/process-instance/" + target.instanceId() + "/modification", Map.of("skipCustomListeners", true,
                "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", ZvhCasus.Element.CASUS_AFSLUITEN))));
        return casussen.get(target.casusId()).status() != CasusStatus.AANGEMELD
                || taskService.createTaskQuery().processInstanceId(target.instanceId()).count() != 1;
    }

    private boolean suspendInstance(String user, Target target) {
        exchange(user, HttpMethod.PUT, "/engine-rest/process-instance/" + target.instanceId() + "/suspended",
                Map.of("suspended", true));
        return runtimeService.createProcessInstanceQuery().processInstanceId(target.instanceId()).suspended().count() > 0;
    }

    private boolean deleteInstance(String user, Target target) {
        exchange(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + target.instanceId(), null);
        return runtimeService.createProcessInstanceQuery().processInstanceId(target.instanceId()).count() == 0;
    }

    private boolean correlateMessage(String user, Target target) {
        post(user, "/engine-rest/message", Map.of("messageName", ZvhCasus.MESSAGE_CASUSREGIE_BEEINDIGD,
                "businessKey", target.nummer()));
        return transferStarted(target);
    }

    private boolean endCaseDirection(String user, Target target) {
        post(user, "/api/casussen/" + target.nummer() + "/casusregie-beeindigd", Map.of());
        return transferStarted(target);
    }

    /** A case of the demo house on the table's agenda, put back once: its reference, and the explanation names it. */
    private Target agendapunt(Tafel tafel) {
        String referentie = Fixture.uniek("AGENDA-");
        agenda.zetOpAgenda(tafel, Fixture.HUIS, referentie, null);
        agenda.zetTerugOpAgenda(tafel, Fixture.HUIS, referentie, TerugkeerReden.VOLGEN, toelichting(referentie));
        return new Target(referentie + "@" + tafel.code(), 0, null, null);
    }

    private static String toelichting(String referentie) {
        return "Toelichting bij " + referentie;
    }

    /** The table's agenda as the user reads it in their own house. */
    private String agendaOf(String user, Target target) {
        String tafel = target.nummer().substring(target.nummer().indexOf('@') + 1);
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/agenda/" + tafel, String.class);
        return response.getStatusCode().is2xxSuccessful() ? response.getBody() : "";
    }

    private boolean readAgenda(String user, Target target) {
        return agendaOf(user, target).contains(target.nummer().substring(0, target.nummer().indexOf('@')));
    }

    private boolean readAgendaExplanation(String user, Target target) {
        return agendaOf(user, target).contains(toelichting(target.nummer().substring(0, target.nummer().indexOf('@'))));
    }

    private boolean readCaseStatus(String user, Target target) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/casussen/" + target.nummer(), String.class)
                .getStatusCode().is2xxSuccessful();
    }

    private boolean readCaseFile(String user, Target target) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/casussen/" + target.nummer() + "/dossier", String.class)
                .getStatusCode().is2xxSuccessful();
    }

    private boolean readCaseFileOfTask(String user, Target target) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/taken/" + target.taskId() + "/dossier", String.class)
                .getStatusCode().is2xxSuccessful();
    }

    private boolean readVariables(String user, Target target) {
        ResponseEntity<List<Map<String, Object>>> response = http.withBasicAuth(user, "demo").exchange(
                "/engine-rest/variable-instance?processInstanceIdIn=" + target.instanceId(), HttpMethod.GET, null,
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { });
        return response.getStatusCode().is2xxSuccessful() && !response.getBody().isEmpty();
    }

    private boolean deploy(String user, Target target) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "matrix-" + user);
        body.add("deployment-source", "Camunda Modeler");
        body.add("fase-overgang.dmn", new FileSystemResource("dmn/fase-overgang.dmn"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class).getStatusCode().is2xxSuccessful();
    }

    private boolean deleteDeployment(String user, Target target) {
        String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionId(
                runtimeService.createProcessInstanceQuery().processInstanceId(target.instanceId()).singleResult()
                        .getProcessDefinitionId()).singleResult().getDeploymentId();
        exchange(user, HttpMethod.DELETE, "/engine-rest/deployment/" + deploymentId + "?cascade=true", null);
        return repositoryService.createDeploymentQuery().deploymentId(deploymentId).count() == 0;
    }

    // --- HTTP and Java API as a user ---

    private static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static String idOf(ResponseEntity<String> response) {
        return response.getBody().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private String houseOf(String user) {
        return identityService.createTenantQuery().userMember(user).singleResult().getId();
    }

    /** Runs a Java API call as the user, with their groups and house; true if it went through. */
    private boolean as(String user, Runnable call) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups, List.of(houseOf(user)));
        try {
            call.run();
            return true;
        } catch (RuntimeException refused) {
            return false;
        } finally {
            identityService.clearAuthentication();
        }
    }
}
