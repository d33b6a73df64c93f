package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.casus.ZvhCasus.Element;
import nl.casusregie.overleg.Focusoverleg;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new incident on a household's case (message NieuwIncident on zvh-casus), through the Java entry
 * point the other follow-ups use (IncidentService.meld) and as those follow-ups correlate it
 * themselves: it interrupts the normal rhythm without ending the case.
 */
@CasusregieTest
class IncidentProcessTest {

    private static final String OMSCHRIJVING = "Vader stond vannacht voor de deur van moeder, ondanks het contactverbod.";

    @Autowired Fixture fixture;
    @Autowired IncidentService incidentService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired CasusRepository casussen;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    /**
     * A case in phase 2: referred by the police, its first round (Veilig Thuis invited, with an
     * agreement for Veilig Thuis) held and moved on by the chair; its second round waits to be planned.
     */
    private ProcessInstance casusInFase2() {
        ProcessInstance casus = fixture.naEersteOverleg(Fixture.uniek("Incident"), "casusregisseur1", "Veiligheid eerst");
        fixture.koppelTerug(fixture.focusoverleg(casus), "casusregisseur1", "Teruggekoppeld");
        fixture.complete("procesregisseur1", fixture.task(casus, Element.VERVOLG_BESLUITEN),
                Map.of("overgang", "VOLGENDE", "overgangReden", "Het veiligheidsplan staat"));
        assertThat(casus(casus).fase()).isEqualTo(2);
        return casus;
    }

    private Casus casus(ProcessInstance casus) {
        return casussen.findByNummer(Fixture.HUIS, casus.getBusinessKey()).orElseThrow();
    }

    /** Reported as the probation follow-up would, by the engine itself (no user). */
    private IncidentService.Uitkomst meld(ProcessInstance casus, String sleutel) {
        return meld(casus.getBusinessKey(), IncidentBron.PROEFTIJD, OMSCHRIJVING, sleutel);
    }

    private IncidentService.Uitkomst meld(String nummer, String bron, String omschrijving, String sleutel) {
        return incidentService.meld(new IncidentService.Incident(nummer, Fixture.HUIS, bron, omschrijving, sleutel));
    }

    private List<Map<String, Object>> incidenten(ProcessInstance casus) {
        return jdbc.sql("select * from incident where casus_id = :c order by id").param("c", casus(casus).id())
                .query().listOfRows();
    }

    private List<Task> taken(ProcessInstance casus, String activiteit) {
        return taskService.createTaskQuery().processInstanceId(casus.getId()).taskDefinitionKey(activiteit).list();
    }

    private List<String> audit(ProcessInstance casus) {
        return jdbc.sql("select actie from audit_log where casus_id = :c order by id").param("c", casus(casus).id())
                .query(String.class).list();
    }

    /** What Tasklist gets to show on a task's form, as that user. */
    @SuppressWarnings("unchecked")
    private Map<String, String> formulier(String user, Task taak) {
        Map<String, Map<String, Object>> variabelen = http.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/task/" + taak.getId() + "/form-variables", Map.class);
        Map<String, String> waarden = new HashMap<>();
        variabelen.forEach((naam, variabele) -> waarden.put(naam, String.valueOf(variabele.get("value"))));
        return waarden;
    }

    @Test
    @DisplayName("a new incident on a running case: back to phase 1 (row and instance) as a decision, the chair's task and one notice per partner taking part and for the case director; the round goes on")
    void newIncidentReassesses() {
        ProcessInstance casus = casusInFase2();
        ProcessInstance ronde = fixture.focusoverleg(casus);

        IncidentService.Uitkomst uitkomst = meld(casus, "proeftijd-17");

        assertThat(uitkomst.status()).isEqualTo(IncidentStatus.NIEUW);
        assertThat(uitkomst.melding()).startsWith("Het incident is toegevoegd aan casus " + casus.getBusinessKey());
        assertThat(incidenten(casus)).singleElement().satisfies(incident -> assertThat(incident)
                .containsEntry("BRON", "PROEFTIJD").containsEntry("OMSCHRIJVING", OMSCHRIJVING)
                .containsEntry("SLEUTEL", "proeftijd-17").containsEntry("GEMELD_DOOR", "systeem")
                .containsEntry("GEMELD_DOOR_GROEP", null).containsEntry("BESLOTEN_OP", null).containsEntry("VOOR_TRIAGE", false));
        assertThat(casus(casus).fase()).as("the case's row").isEqualTo(1);
        assertThat(runtimeService.getVariable(casus.getId(), "fase")).as("its zvh-casus instance").isEqualTo(1);
        assertThat(jdbc.sql("select uitkomst, reden, genomen_door from besluit where casus_id = :c and soort = 'INCIDENT'")
                .param("c", casus(casus).id()).query().singleRow()).containsEntry("UITKOMST", "TERUG")
                .containsEntry("REDEN", "Nieuw incident (Proeftijd: voorwaarde overtreden): terug naar fase 1, directe veiligheid")
                .containsEntry("GENOMEN_DOOR", "systeem");
        assertThat(audit(casus)).contains("INCIDENT_GEMELD", "INCIDENT_VASTGELEGD", "FASE_TERUG_INCIDENT");

        Task vervroegen = taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN).get(0);
        assertThat(vervroegen.getName()).isEqualTo("Nieuw incident: overleg vervroegen");
        assertThat(vervroegen.getPriority()).isEqualTo(90);
        assertThat(vervroegen.getDueDate()).isBetween(new Date(), Date.from(LocalDateTime.now().plusDays(1).plusMinutes(1)
                .atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(taskService.getIdentityLinksForTask(vervroegen.getId())).extracting(l -> l.getGroupId())
                .containsExactly("procesregisseur");
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).as("the referrer's group and the invited partner")
                .extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("politie", "veiligthuis");
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).extracting(Task::getName).containsOnly("Nieuw incident: kennisnemen");
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN_CASUSREGISSEUR)).singleElement()
                .satisfies(t -> assertThat(t.getAssignee()).isEqualTo("casusregisseur1"));

        Task kennisnemen = taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey(Element.INCIDENT_KENNISNEMEN).taskCandidateGroup("veiligthuis").singleResult();
        Map<String, String> formulier = formulier("veiligthuis1", kennisnemen);
        assertThat(formulier).containsEntry("casusnummer", casus.getBusinessKey())
                .containsEntry("incidentBronTekst", "Proeftijd: voorwaarde overtreden")
                .containsEntry("incidentTekst", OMSCHRIJVING);
        assertThat(formulier.get("incidentGemeld")).startsWith("Automatisch gemeld, " + Woorden.datum(LocalDate.now()) + " om ");
        assertThat(formulier("procesregisseur1", vervroegen)).containsEntry("incidentTekst", OMSCHRIJVING)
                .containsEntry("volgendOverlegTekst", "Nog geen datum afgesproken")
                .containsEntry("lopendOverlegTekst", "Ronde 2 loopt en is nog niet gepland: een vervroegde datum stelt"
                        + " 'Overleg plannen' voor die ronde voor.");

        assertThat(ronde).as("the running round is not interrupted").isWaitingAt(Focusoverleg.Element.VOORBEREIDEN,
                Focusoverleg.Element.PLANNEN);
        assertThat(casus).isActive();
        assertThat(runtimeService.getVariables(casus.getId())).as("what happened stays in the project's tables")
                .doesNotContainKeys("incidentOmschrijving", "incidentBron", "incidentSleutel", "incidentGemeldDoor");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(casus.getId())
                .variableName("incidentOmschrijving").count()).isZero();
    }

    @Test
    @DisplayName("the same incident reported twice (same key) re-assesses once: the second answer says it was already known")
    void sameKeyTwice() {
        ProcessInstance casus = casusInFase2();
        meld(casus, "proeftijd-18");

        IncidentService.Uitkomst tweede = meld(casus, "proeftijd-18");

        assertThat(tweede.status()).isEqualTo(IncidentStatus.AL_BEKEND);
        assertThat(tweede.melding()).isEqualTo("Dit incident was al gemeld bij casus " + casus.getBusinessKey()
                + "; het is niet opnieuw toegevoegd.");
        assertThat(incidenten(casus)).hasSize(1);
        assertThat(taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from besluit where casus_id = :c and soort = 'INCIDENT'")
                .param("c", casus(casus).id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(audit(casus)).contains("INCIDENT_AL_BEKEND");
    }

    @Test
    @DisplayName("a case at triage takes the incident into its triage: recorded and shown, the partners told, no phase and no chair's task")
    void caseAtTriage() {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Triage")));

        IncidentService.Uitkomst uitkomst = meld(casus, "proeftijd-20");

        assertThat(uitkomst.status()).isEqualTo(IncidentStatus.IN_TRIAGE);
        assertThat(uitkomst.melding()).isEqualTo("Het incident is toegevoegd aan casus " + casus.getBusinessKey()
                + ", die nog op triage wacht: het weegt mee in het triagebesluit.");
        assertThat(incidenten(casus)).singleElement().satisfies(i -> assertThat(i).containsEntry("BRON", "PROEFTIJD")
                .containsEntry("VOOR_TRIAGE", true));
        assertThat(formulier("procesregisseur1", taken(casus, Element.TRIAGE_BESLUITEN).get(0)).get("lopendeCasus"))
                .as("the triage form says so at the top").isEqualTo("Let op: sinds de aanmelding is er een nieuwe melding over"
                        + " dit huishouden binnengekomen; lees haar in het Dossier onder Incidenten.");
        assertThat(casus).hasPassed(Element.INCIDENT_IN_TRIAGE).hasNotPassed(Element.FASE_TERUG)
                .isWaitingAt(Element.TRIAGE_BESLUITEN, Element.INCIDENT_KENNISNEMEN);
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).as("the referrer's group takes part")
                .extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId()).containsExactly("politie");
        assertThat(taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN)).as("the chair decides triage, reading it in the file")
                .isEmpty();
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN_CASUSREGISSEUR)).as("no case director yet").isEmpty();
        assertThat(casus(casus).fase()).isNull();

        meld(casus, "proeftijd-21");
        assertThat(formulier("procesregisseur1", taken(casus, Element.TRIAGE_BESLUITEN).get(0)).get("lopendeCasus"))
                .isEqualTo("Let op: sinds de aanmelding zijn er 2 nieuwe meldingen over dit huishouden binnengekomen; lees ze"
                        + " in het Dossier onder Incidenten.");
    }

    @Test
    @DisplayName("no running case: a case not taken up or an unknown number gets no incident, and the answer says a referral is needed")
    void noRunningCase() {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, Fixture.uniek("Verwezen")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "NIET_OPPAKKEN", "verwijzing", "JEUGDBESCHERMINGSTAFEL",
                "triageReden", "Eerst onderzoek"));

        IncidentService.Uitkomst uitkomst = meld(casus, "proeftijd-19");

        assertThat(uitkomst.status()).isEqualTo(IncidentStatus.GEEN_LOPENDE_CASUS);
        assertThat(uitkomst.melding()).startsWith("Casus " + casus.getBusinessKey() + " loopt niet (niet opgepakt, verwezen)")
                .contains("Meld het huishouden aan");
        assertThat(incidenten(casus)).isEmpty();
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).isEmpty();
        assertThat(meld("ZVH-1999-999999", IncidentBron.HUISVERBOD, OMSCHRIJVING, "x").melding())
                .startsWith("Er is geen casus ZVH-1999-999999 in dit Zorg- en Veiligheidshuis");
    }

    @Test
    @DisplayName("a report is checked: its source, what happened and a key, each refused in Dutch by name")
    void invalidReport() {
        ProcessInstance casus = casusInFase2();

        assertThatThrownBy(() -> meld(casus.getBusinessKey(), "ONBEKEND", " ", null))
                .isInstanceOf(OngeldigeInvoerException.class)
                .satisfies(e -> assertThat(((OngeldigeInvoerException) e).fouten()).containsOnlyKeys("bron", "omschrijving", "sleutel")
                        .containsEntry("omschrijving", "Omschrijving: beschrijf wat er gebeurd is: wat, wanneer en wie het zag"));
        assertThatThrownBy(() -> meld(casus.getBusinessKey(), IncidentBron.PROEFTIJD, "x".repeat(8001), "k"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessage("Omschrijving: is langer dan 8000 tekens");
        assertThat(incidenten(casus)).isEmpty();
        assertThat(casus(casus).fase()).isEqualTo(2);
    }

    @Test
    @DisplayName("during a planned round: the round keeps running, the earlier date is for the meeting after it, and the round after proposes it")
    void duringARunningRound() {
        ProcessInstance casus = casusInFase2();
        ProcessInstance ronde = fixture.focusoverleg(casus);
        fixture.complete("casusregisseur1", fixture.task(ronde, Focusoverleg.Element.VOORBEREIDEN),
                Map.of("wensenClienten", "Rust", "deelnameClienten", "NEE"));
        fixture.planOverleg(ronde, false);
        LocalDate gepland = LocalDate.now().plusDays(7);
        assertThat(ronde).isWaitingAt(Focusoverleg.Element.VASTLEGGEN);

        meld(casus, "proeftijd-20");

        assertThat(ronde).as("not interrupted").isWaitingAt(Focusoverleg.Element.VASTLEGGEN);
        Task vervroegen = taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN).get(0);
        assertThat(formulier("procesregisseur1", vervroegen)).containsEntry("lopendOverlegTekst", "Ronde 2 loopt, met het"
                + " overleg op " + Woorden.datum(gepland) + "; dat gaat door. Een vervroegde datum geldt voor het overleg daarna.");
        assertThatThrownBy(() -> fixture.complete("procesregisseur1", vervroegen,
                Map.of("vervroegdOverleg", gepland.toString())))
                .rootCause().isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Voorgestelde datum van het vervroegde overleg: ligt niet na het overleg van " + Woorden.datum(gepland)
                        + ", dat doorgaat; kies een datum daarna, of laat het volgende overleg zoals gepland en zeg waarom");
        LocalDate vervroegd = gepland.plusDays(14);
        fixture.complete("procesregisseur1", vervroegen, Map.of("vervroegdOverleg", vervroegd.toString()));

        Map<String, Object> verslag = Fixture.overlegverslag(false, "Veiligheid eerst", 4, 5);
        verslag.put("volgendOverleg", LocalDate.now().plusDays(60).toString());
        fixture.legOverlegVast(ronde, verslag);
        fixture.koppelTerug(ronde, "casusregisseur1", "Teruggekoppeld");
        fixture.complete("procesregisseur1", fixture.task(casus, Element.VERVOLG_BESLUITEN),
                Map.of("overgang", "BLIJVEN", "overgangReden", "Eerst weer veilig"));
        ProcessInstance derde = fixture.focusoverleg(casus);

        assertThat(formulier("procesregisseur1", fixture.task(derde, Focusoverleg.Element.PLANNEN)))
                .containsEntry("datum", vervroegd.toString())
                .containsEntry("datumHerkomst", "Vervroegd door de voorzitter na een nieuw incident");
    }

    @Test
    @DisplayName("two incidents open at once: each task shows its own incident, and each answer is stored on its own")
    void twoIncidentsAtOnce() {
        ProcessInstance casus = casusInFase2();
        meld(casus.getBusinessKey(), IncidentBron.PROEFTIJD, "Eerste: contactverbod overtreden", "a");
        meld(casus.getBusinessKey(), IncidentBron.HUISVERBOD, "Tweede: huisverbod opgelegd", "b");

        List<Task> vervroegen = taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN);
        assertThat(vervroegen).hasSize(2);
        assertThat(vervroegen).extracting(t -> formulier("procesregisseur1", t).get("incidentTekst"))
                .containsExactlyInAnyOrder("Eerste: contactverbod overtreden", "Tweede: huisverbod opgelegd");
        Task tweede = vervroegen.stream().filter(t -> formulier("procesregisseur1", t).get("incidentTekst").startsWith("Tweede"))
                .findFirst().orElseThrow();

        fixture.complete("procesregisseur1", tweede, Map.of("vervroegingReden", "Het huisverbod geeft tien dagen rust"));

        assertThat(incidenten(casus)).extracting(i -> i.get("BRON") + ":" + i.get("VERVROEGING_REDEN"))
                .containsExactly("PROEFTIJD:null", "HUISVERBOD:Het huisverbod geeft tien dagen rust");
        assertThat(taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN)).singleElement()
                .satisfies(t -> assertThat(formulier("procesregisseur1", t).get("incidentTekst")).startsWith("Eerste"));
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).hasSize(4);
    }

    @Test
    @DisplayName("correlated directly (as a process owner's own model might): recorded once per key; a case that does not run records nothing")
    void correlatedDirectly() {
        ProcessInstance casus = casusInFase2();
        Map<String, Object> bericht = Map.of(ZvhCasus.INCIDENT_BRON.name(), IncidentBron.HUISVERBOD,
                ZvhCasus.INCIDENT_OMSCHRIJVING.name(), "De burgemeester legde een huisverbod op",
                ZvhCasus.INCIDENT_SLEUTEL.name(), "huisverbod-7");
        for (int i = 0; i < 2; i++) {
            runtimeService.createMessageCorrelation(ZvhCasus.MESSAGE_NIEUW_INCIDENT).processInstanceBusinessKey(casus.getBusinessKey())
                    .tenantId(Fixture.HUIS).setVariables(bericht).correlate();
        }

        assertThat(incidenten(casus)).singleElement().satisfies(i -> assertThat(i).containsEntry("BRON", "HUISVERBOD")
                .containsEntry("GEMELD_DOOR", "systeem"));
        assertThat(casus).hasPassed(Element.FASE_TERUG, Element.INCIDENT_AL_BEKEND);
        assertThat(taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN)).hasSize(1);

        ProcessInstance gesloten = casusInFase2();
        casussen.close(casus(gesloten).id());
        runtimeService.createMessageCorrelation(ZvhCasus.MESSAGE_NIEUW_INCIDENT).processInstanceBusinessKey(gesloten.getBusinessKey())
                .tenantId(Fixture.HUIS).setVariables(bericht).correlate();
        assertThat(gesloten).hasPassed(Element.INCIDENT_CASUS_LOOPT_NIET).hasNotPassed(Element.FASE_TERUG);
        assertThat(incidenten(gesloten)).isEmpty();
        assertThat(runtimeService.getVariables(gesloten.getId())).doesNotContainKeys("incidentOmschrijving", "incidentBron");
    }

    @Test
    @DisplayName("unread notices close after four weeks on the engine clock; the chair's task stays")
    void noticesExpire() {
        ProcessInstance casus = casusInFase2();
        meld(casus, "proeftijd-21");

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.now().plusDays(27).atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(managementService.createJobQuery().processInstanceId(casus.getId()).executable()
                .activityId(Element.KENNISNEMEN_VERLOPEN).count()).isZero();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.now().plusDays(29).atZone(ZoneId.systemDefault()).toInstant()));
        for (String timer : List.of(Element.KENNISNEMEN_VERLOPEN, Element.KENNISNEMEN_CASUSREGISSEUR_VERLOPEN)) {
            managementService.createJobQuery().processInstanceId(casus.getId()).executable().activityId(timer).list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }

        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).isEmpty();
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN_CASUSREGISSEUR)).isEmpty();
        assertThat(casus).hasPassed("EndEvent_KennisnemenVervallen", "EndEvent_KennisnemenCasusregisseurVervallen");
        assertThat(taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN)).hasSize(1);
    }

    @Test
    @DisplayName("a partner reads its notice, and the case file lists the incident with the chair's answer; a supervisor without what happened")
    @SuppressWarnings("unchecked")
    void caseFileShowsIncidents() {
        ProcessInstance casus = casusInFase2();
        meld(casus, "proeftijd-22");
        Task kennisnemen = taskService.createTaskQuery().processInstanceId(casus.getId())
                .taskDefinitionKey(Element.INCIDENT_KENNISNEMEN).taskCandidateGroup("veiligthuis").singleResult();
        fixture.complete("veiligthuis1", kennisnemen, Map.of());
        fixture.complete("procesregisseur1", taken(casus, Element.INCIDENT_OVERLEG_VERVROEGEN).get(0),
                Map.of("vervroegingReden", "Het overleg is volgende week al"));
        assertThat(casus).hasPassed(Element.OVERLEG_BESLOTEN);
        assertThat(taken(casus, Element.INCIDENT_KENNISNEMEN)).as("read by Veilig Thuis; the police's notice stays")
                .extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId()).containsExactly("politie");

        Map<String, Object> dossier = http.withBasicAuth("veiligthuis1", "demo")
                .getForObject("/api/casussen/" + casus.getBusinessKey() + "/dossier", Map.class);
        assertThat((List<Map<String, Object>>) dossier.get("incidenten")).singleElement().satisfies(i -> assertThat(i)
                .containsEntry("bron", "PROEFTIJD").containsEntry("omschrijving", OMSCHRIJVING).containsEntry("door", "systeem")
                .containsEntry("vervroegingReden", "Het overleg is volgende week al")
                .containsEntry("beslotenDoor", "procesregisseur1").containsEntry("vervroegdOverleg", null)
                .containsEntry("voorTriage", false));
        Map<String, Object> zonder = http.withBasicAuth("supervisor1", "demo")
                .getForObject("/api/casussen/" + casus.getBusinessKey() + "/dossier", Map.class);
        assertThat((List<Map<String, Object>>) zonder.get("incidenten")).singleElement().satisfies(i -> assertThat(i)
                .containsEntry("bron", "PROEFTIJD").containsEntry("omschrijving", null).containsEntry("vervroegingReden", null)
                .containsEntry("beslotenDoor", "procesregisseur1"));
        Map<String, Map<String, String>> woorden = http.withBasicAuth("veiligthuis1", "demo").getForObject("/api/woorden", Map.class);
        assertThat(woorden.get("incidentbron")).containsEntry("PROEFTIJD", "Proeftijd: voorwaarde overtreden")
                .containsEntry("POLITIE", "Melding van Politie");
        assertThat(woorden.get("besluit")).containsEntry("INCIDENT", "Fase terug: nieuw incident");
    }
}
