package nl.casusregie.instroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.actieoverleg.ActieOverleg.Element;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The entry of actie-overleg on the engine: a report entered by police or Veilig Thuis is routed by
 * instroom-route in the model, the reporter confirms the route or overrides it with a reason, and
 * the route goes on as an Actie-Overleg case in the same instance or starts another table (a
 * referral, a ZSM case), or, for acute joint action and criminal child abuse, the partners record
 * what they agreed and which table follows. A case POSTed to /api/actie-overleggen skips the routing.
 */
@CasusregieTest
class MeldingInstroomProcessTest {

    @Autowired Fixture fixture;
    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired HistoryService historyService;
    @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired JdbcClient jdbc;
    @Autowired MeldingFormValues formValues;
    @Autowired List<nl.casusregie.platform.TaskListColumns> kolommen;

    /** A report with every fact no, of this kind, about a perpetrator and a victim of one household. */
    static Map<String, Object> melding(String achternaam, String soort) {
        Map<String, Object> melding = new HashMap<>();
        melding.put("betrokkenen", List.of(
                Map.of("naam", "Kees " + achternaam, "geboortedatum", "1980-05-01", "rol", "PLEGER"),
                Map.of("naam", "Ria " + achternaam, "geboortedatum", "1982-07-09", "rol", "SLACHTOFFER")));
        melding.put("watGebeurd", "Buren hoorden geschreeuw en glasgerinkel; Ria heeft een blauw oog");
        melding.put("soortMelding", soort);
        for (String feit : List.of("acuteOnveiligheid", "letselKind", "stalking", "verdachteGehoordOfAangehouden",
                "mensenhandel", "dreigendGevaar")) {
            melding.put(feit, false);
        }
        return melding;
    }

    static Map<String, Object> met(Map<String, Object> melding, String feit) {
        Map<String, Object> anders = new HashMap<>(melding);
        anders.put(feit, true);
        return anders;
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> voerIn(String user, Map<String, Object> melding) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/meldingen", melding, Map.class);
    }

    /** A report entered over the API, now at "Route bevestigen". */
    private ProcessInstance ingevoerd(String user, Map<String, Object> melding) {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = voerIn(user, melding);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ActieOverleg.PROCESS_KEY)
                .processInstanceBusinessKey((String) antwoord.getBody().get("nummer")).singleResult();
        assertThat(fixture.task(instance, Element.ROUTE_BEVESTIGEN)).isNotNull();
        return instance;
    }

    private Map<String, Object> rij(ProcessInstance instance) {
        return jdbc.sql("select * from melding where proces_instantie_id = :i").param("i", instance.getId()).query().singleRow();
    }

    private void bevestig(String user, ProcessInstance instance, String route, String reden) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("gekozenRoute", route);
        if (reden != null) {
            vars.put("afwijkReden", reden);
        }
        fixture.complete(user, fixture.task(instance, Element.ROUTE_BEVESTIGEN), vars);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).sorted().toList();
    }

    private boolean passed(ProcessInstance instance, String activity) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activity)
                .finished().count() > 0;
    }

    private boolean ended(ProcessInstance instance) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    private long instances(String processKey, String businessKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .count();
    }

    @Test
    @DisplayName("the model evaluates instroom-route; the reporter's group confirms the advised route and sees it with its reason")
    void adviceInTheModel() {
        ProcessInstance instance = ingevoerd("veiligthuis1", met(melding(Fixture.uniek("Advies"), "VEILIG_THUIS"), "stalking"));
        assertThat(passed(instance, Element.ROUTE_BEPALEN)).isTrue();
        Task taak = fixture.task(instance, Element.ROUTE_BEVESTIGEN);
        assertThat(candidateGroups(taak)).containsExactly("veiligthuis");
        assertThat(taak.getDueDate()).isNotNull();
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("ADVIES_ROUTE")).isEqualTo("ACTIE_OVERLEG");
        assertThat((String) rij.get("ADVIES_REDEN")).startsWith("Stalking leidt altijd naar het Actie-Overleg");
        Map<String, Object> waarden = formValues.forTask(Element.ROUTE_BEVESTIGEN, instance.getId());
        assertThat(waarden.get("gekozenRoute")).isEqualTo("ACTIE_OVERLEG");
        assertThat((String) waarden.get("adviesTekst")).startsWith("Actie-Overleg van Veilig Thuis, politie en OM")
                .contains("Waarom: Stalking leidt altijd");
        assertThat((String) waarden.get("meldingTekst")).contains("blauw oog").contains("stalking: ja");
        // What people wrote is not in the engine.
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("watGebeurd", "betrokkenen")
                .containsEntry("stalking", true).containsEntry("melderGroep", "veiligthuis");
    }

    /** The Actie-Overleg case the report became in its own instance: that instance goes on to the agenda under the case's number. */
    private void verderAlsActieOverleg(ProcessInstance instance, String melder) {
        assertThat(ended(instance)).isFalse();
        assertThat(passed(instance, Element.ACTIE_OVERLEG_AANMAKEN)).isTrue();
        assertThat(passed(instance, Element.OP_AGENDA_ZETTEN)).isTrue();
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("GESTART_SOORT")).isEqualTo("ACTIE_OVERLEG");
        String nummer = (String) rij.get("GESTART_NUMMER");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey())
                .isEqualTo(nummer);
        assertThat(instances(ActieOverleg.PROCESS_KEY, nummer)).isEqualTo(1);
        Map<String, Object> zaak = jdbc.sql("select partner, stalking, wat_gebeurd, proces_instantie_id from actie_overleg"
                + " where nummer = :n").param("n", nummer).query().singleRow();
        assertThat(zaak.get("PROCES_INSTANTIE_ID")).isEqualTo(instance.getId());
        assertThat(zaak.get("PARTNER")).isEqualTo(melder);
        assertThat((String) zaak.get("WAT_GEBEURD")).startsWith("Nieuwe melding " + instance.getBusinessKey());
        assertThat(jdbc.sql("select count(*) from actie_overleg_persoon p join actie_overleg a on a.id = p.actie_overleg_id"
                + " where a.nummer = :n").param("n", nummer).query(Long.class).single()).isEqualTo(2);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.FEITEN_VEILIG_THUIS)
                .count()).isEqualTo(1);
    }

    @Test
    @DisplayName("ACTIE_OVERLEG: stalking, confirmed, becomes an Actie-Overleg case in the reporter's name, in the same instance")
    void actieOverleg() {
        ProcessInstance instance = ingevoerd("veiligthuis1", met(melding(Fixture.uniek("Stalking"), "VEILIG_THUIS"), "stalking"));
        bevestig("veiligthuis1", instance, "ACTIE_OVERLEG", null);
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("ROUTE")).isEqualTo("ACTIE_OVERLEG");
        assertThat(rij.get("AFWIJK_REDEN")).isNull();
        verderAlsActieOverleg(instance, "veiligthuis");
        assertThat(jdbc.sql("select stalking from actie_overleg where nummer = :n").param("n", rij.get("GESTART_NUMMER"))
                .query(Boolean.class).single()).isTrue();
    }

    private Map<String, String> lijstkolommen(ProcessInstance instance) {
        return kolommen.stream().map(k -> k.forInstances(Fixture.HUIS, List.of(instance.getId())).get(instance.getId()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(Map.of());
    }

    @Test
    @DisplayName("Tasklist's lists show the report's number and household while it is routed, then the Actie-Overleg case's number")
    void lijstkolommen() {
        String achternaam = Fixture.uniek("Lijst");
        ProcessInstance instance = ingevoerd("veiligthuis1", met(melding(achternaam, "VEILIG_THUIS"), "stalking"));
        assertThat(lijstkolommen(instance)).containsEntry("lijstCasus", instance.getBusinessKey())
                .containsEntry("lijstHuishouden", "Fam. " + achternaam);
        bevestig("veiligthuis1", instance, "ACTIE_OVERLEG", null);
        assertThat(lijstkolommen(instance)).containsEntry("lijstCasus", (String) rij(instance).get("GESTART_NUMMER"))
                .containsEntry("lijstHuishouden", "Fam. " + achternaam);
    }

    @Test
    @DisplayName("a case POSTed to /api/actie-overleggen (the reporter chose the Actie-Overleg) goes straight to the agenda, unrouted")
    void actieOverlegGekozen() {
        String achternaam = Fixture.uniek("Gekozen");
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = http.withBasicAuth("politie1", "demo").postForEntity("/api/actie-overleggen", Map.of(
                "betrokkenen", List.of(Map.of("naam", "Rik " + achternaam, "geboortedatum", "1985-03-02", "rol", "PLEGER"),
                        Map.of("naam", "Eva " + achternaam, "geboortedatum", "1988-07-14", "rol", "SLACHTOFFER")),
                "watGebeurd", "Dreigt haar iets aan te doen", "stalking", false), Map.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ActieOverleg.PROCESS_KEY)
                .processInstanceBusinessKey((String) antwoord.getBody().get("nummer")).singleResult();
        assertThat(passed(instance, Element.OP_AGENDA_ZETTEN)).isTrue();
        assertThat(passed(instance, Element.ROUTE_BEPALEN)).isFalse();
        assertThat(runtimeService.getVariable(instance.getId(), "ingang")).isEqualTo("ACTIE_OVERLEG");
        assertThat(jdbc.sql("select count(*) from melding where proces_instantie_id = :i").param("i", instance.getId())
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("ZSM_VEILIG_THUIS: a heard suspect, confirmed, puts a case forward for ZSM deepening")
    void zsm() {
        ProcessInstance instance = ingevoerd("politie1", met(melding(Fixture.uniek("Zsm"), "POLITIE"), "verdachteGehoordOfAangehouden"));
        bevestig("politie1", instance, "ZSM_VEILIG_THUIS", null);
        assertThat(passed(instance, Element.INBRENGEN_ZSM)).isTrue();
        assertThat(passed(instance, Element.DOORGEZET)).isTrue();
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("GESTART_SOORT")).isEqualTo("ZSM_VERDIEPING");
        String nummer = (String) rij.get("GESTART_NUMMER");
        assertThat(instances("zsm-verdieping", nummer)).isEqualTo(1);
        assertThat(jdbc.sql("select ingebracht_groep from zsm_zaak where nummer = :n").param("n", nummer).query(String.class)
                .single()).isEqualTo("politie");
    }

    @Test
    @DisplayName("ZVH_TRIAGE: a referral starts a zvh-casus; a second report on that household is an incident on it")
    void weegoverleg() {
        String achternaam = Fixture.uniek("Triage");
        ProcessInstance eerste = ingevoerd("politie1", melding(achternaam, "AANMELDING"));
        bevestig("politie1", eerste, "ZVH_TRIAGE", null);
        assertThat(passed(eerste, Element.AANMELDEN_ZVH)).isTrue();
        assertThat(passed(eerste, Element.DOORGEZET)).isTrue();
        assertThat(passed(eerste, Element.OP_AGENDA_ZETTEN)).isFalse();
        Map<String, Object> rij = rij(eerste);
        assertThat(rij.get("GESTART_SOORT")).isEqualTo("ZVH_CASUS");
        String casus = (String) rij.get("GESTART_NUMMER");
        assertThat(instances("zvh-casus", casus)).isEqualTo(1);

        ProcessInstance tweede = ingevoerd("politie1", melding(achternaam, "AANMELDING"));
        bevestig("politie1", tweede, "ZVH_TRIAGE", null);
        Map<String, Object> tweedeRij = rij(tweede);
        assertThat(tweedeRij.get("GESTART_SOORT")).isEqualTo("ZVH_INCIDENT");
        assertThat(tweedeRij.get("GESTART_NUMMER")).isEqualTo(casus);
        assertThat(tweedeRij.get("HUISHOUDEN_ID")).isEqualTo(rij.get("HUISHOUDEN_ID"));
    }

    @Test
    @DisplayName("SAMEN_OP_IN_ACUUT: police and Veilig Thuis record what they agreed; the Actie-Overleg follows")
    void acuutDanActieOverleg() {
        ProcessInstance instance = ingevoerd("politie1", met(melding(Fixture.uniek("Acuut"), "POLITIE"), "acuteOnveiligheid"));
        bevestig("politie1", instance, "SAMEN_OP_IN_ACUUT", null);
        Task samen = fixture.task(instance, Element.SAMEN_OP_IN_ACUUT);
        assertThat(candidateGroups(samen)).containsExactly("politie", "veiligthuis");
        assertThat((String) formValues.forTask(Element.SAMEN_OP_IN_ACUUT, instance.getId()).get("routeTekst"))
                .isEqualTo("Gekozen route: Samen op in Acuut: politie en Veilig Thuis samen ter plaatse (zoals geadviseerd)");
        fixture.complete("veiligthuis1", samen, Map.of("samenAfspraken", "Politie blijft vannacht in de buurt; VT belt morgen",
                "vervolgKeuze", "ACTIE_OVERLEG"));
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("SAMEN_GROEP")).isEqualTo("veiligthuis");
        assertThat(rij.get("VERVOLG_TAFEL")).isEqualTo("ACTIE_OVERLEG");
        // The case is in the reporter's name, the group that entered the report.
        verderAlsActieOverleg(instance, "politie");
    }

    @Test
    @DisplayName("SAMEN_OP_IN_ACUUT: followed by the house's triage")
    void acuutDanWeegoverleg() {
        ProcessInstance instance = ingevoerd("politie1", met(melding(Fixture.uniek("AcuutZvh"), "POLITIE"), "acuteOnveiligheid"));
        bevestig("politie1", instance, "SAMEN_OP_IN_ACUUT", null);
        fixture.complete("politie1", fixture.task(instance, Element.SAMEN_OP_IN_ACUUT), Map.of(
                "samenAfspraken", "Samen ter plaatse geweest", "vervolgKeuze", "ZVH_TRIAGE"));
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("GESTART_SOORT")).isEqualTo("ZVH_CASUS");
        assertThat(instances("zvh-casus", (String) rij.get("GESTART_NUMMER"))).isEqualTo(1);
    }

    @Test
    @DisplayName("STRAFBARE_KINDERMISHANDELING: Veilig Thuis, OM, police and the board act together; ZSM may follow")
    void kindermishandelingDanZsm() {
        ProcessInstance instance = ingevoerd("veiligthuis1", met(melding(Fixture.uniek("Kind"), "ZORG"), "letselKind"));
        bevestig("veiligthuis1", instance, "STRAFBARE_KINDERMISHANDELING", null);
        Task samen = fixture.task(instance, Element.KINDERMISHANDELING);
        assertThat(candidateGroups(samen)).containsExactly("om", "politie", "rvdk", "veiligthuis");
        assertThat(samen.getPriority()).isEqualTo(90);
        fixture.complete("om1", samen, Map.of("samenAfspraken", "Officier ingelicht binnen twintig minuten",
                "vervolgKeuze", "ZSM_VEILIG_THUIS"));
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("SAMEN_GROEP")).isEqualTo("om");
        assertThat(rij.get("GESTART_SOORT")).isEqualTo("ZSM_VERDIEPING");
        assertThat(instances("zsm-verdieping", (String) rij.get("GESTART_NUMMER"))).isEqualTo(1);
    }

    @Test
    @DisplayName("STRAFBARE_KINDERMISHANDELING: no table follows; the report is handled with what was agreed")
    void kindermishandelingZonderTafel() {
        ProcessInstance instance = ingevoerd("veiligthuis1", met(melding(Fixture.uniek("KindGeen"), "ZORG"), "letselKind"));
        bevestig("veiligthuis1", instance, "STRAFBARE_KINDERMISHANDELING", null);
        Task samen = fixture.task(instance, Element.KINDERMISHANDELING);
        assertThatThrownBy(() -> fixture.complete("rvdk1", samen, Map.of("vervolgKeuze", "GEEN")))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Wat is samen afgesproken?");
        assertThat(taskService.createTaskQuery().taskId(samen.getId()).count()).isEqualTo(1);
        fixture.complete("rvdk1", samen, Map.of("samenAfspraken", "Raad start een urgent onderzoek", "vervolgKeuze", "GEEN"));
        assertThat(ended(instance)).isTrue();
        assertThat(passed(instance, Element.ZONDER_TAFEL)).isTrue();
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("STATUS")).isEqualTo("AFGEHANDELD");
        assertThat(rij.get("GESTART_NUMMER")).isNull();
        assertThat(rij.get("SAMEN_GROEP")).isEqualTo("rvdk");
    }

    @Test
    @DisplayName("another route than the advice needs a reason: refused without one, recorded and audited with one")
    void afwijkenMetReden() {
        ProcessInstance instance = ingevoerd("politie1", met(melding(Fixture.uniek("Afwijken"), "POLITIE"), "dreigendGevaar"));
        assertThat(rij(instance).get("ADVIES_ROUTE")).isEqualTo("ACTIE_OVERLEG");
        assertThatThrownBy(() -> bevestig("politie1", instance, "ZVH_TRIAGE", "  "))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Reden om af te wijken van het advies: is verplicht als u een andere route kiest dan het advies "
                        + "(Actie-Overleg van Veilig Thuis, politie en OM)");
        assertThat(fixture.task(instance, Element.ROUTE_BEVESTIGEN)).isNotNull();
        assertThat(rij(instance).get("ROUTE")).isNull();

        bevestig("politie1", instance, "ZVH_TRIAGE", "Gezin is al bekend bij het wijkteam; zorg weegt zwaarder");
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("ROUTE")).isEqualTo("ZVH_TRIAGE");
        assertThat(rij.get("AFWIJK_REDEN")).isEqualTo("Gezin is al bekend bij het wijkteam; zorg weegt zwaarder");
        assertThat(rij.get("ROUTE_GEKOZEN_DOOR")).isEqualTo("politie1");
        assertThat(rij.get("GESTART_SOORT")).isEqualTo("ZVH_CASUS");
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'MELDING_ROUTE_AFGEWEKEN' and details like :n")
                .param("n", instance.getBusinessKey() + "%").query(Long.class).single()).isEqualTo(1);
        // The override reaches the case's referral, so triage sees why the report came this way.
        assertThat(jdbc.sql("select a.analyse_aanmelder from aanmelding a join casus c on c.id = a.casus_id where c.nummer = :n")
                .param("n", rij.get("GESTART_NUMMER")).query(String.class).single())
                .contains("Afgeweken van het advies (Actie-Overleg van Veilig Thuis, politie en OM), reden: Gezin is al bekend");
    }

    @Test
    @DisplayName("a route that is not one of the table's is refused, naming the field")
    void onbekendeRoute() {
        ProcessInstance instance = ingevoerd("politie1", melding(Fixture.uniek("Onbekend"), "POLITIE"));
        assertThatThrownBy(() -> bevestig("politie1", instance, "ERGENS", "Omdat"))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Route: kies de tafel die de melding neemt");
    }

    @Test
    @DisplayName("from the Tasklist start form the report is stored as over the API, and the route is advised")
    void startformulier() {
        String achternaam = Fixture.uniek("Formulier");
        Map<String, Object> vars = new HashMap<>();
        vars.put("betrokkene1", org.camunda.spin.Spin.JSON("{\"naam\":\"Mo " + achternaam + "\",\"rol\":\"SLACHTOFFER\"}"));
        vars.put("watGebeurd", "Melding via het formulier");
        vars.put("soortMelding", "VEILIG_THUIS");
        vars.put("acuteOnveiligheid", false);
        vars.put("letselKind", false);
        vars.put("stalking", false);
        vars.put("verdachteGehoordOfAangehouden", true);
        vars.put("mensenhandel", false);
        vars.put("dreigendGevaar", false);
        vars.put("regio", "");
        String definitie = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ActieOverleg.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        ProcessInstance instance = fixture.as("veiligthuis1", () -> formService.submitStartForm(definitie, vars));
        assertThat(instance.getBusinessKey()).startsWith("MELD-");
        assertThat(instance.getTenantId()).isEqualTo(Fixture.HUIS);
        Map<String, Object> rij = rij(instance);
        assertThat(rij.get("MELDER_GROEP")).isEqualTo("veiligthuis");
        assertThat(rij.get("REGIO")).isNull();
        assertThat(rij.get("ADVIES_ROUTE")).isEqualTo("ZSM_VEILIG_THUIS");
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("betrokkene1", "watGebeurd");
    }

    @Test
    @DisplayName("every status and every kind of start a report records has its Dutch words")
    void woorden() {
        assertThat(MeldingOverzicht.STATUSSEN).containsOnlyKeys(MeldingRepository.OPEN, MeldingRepository.DOORGEZET,
                MeldingRepository.AFGEHANDELD);
        assertThat(MeldingOverzicht.GESTART).containsOnlyKeys(MeldingService.ZVH_CASUS, MeldingService.ZVH_INCIDENT,
                MeldingService.ZSM_VERDIEPING, MeldingService.ACTIE_OVERLEG);
    }
}
