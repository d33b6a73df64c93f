package nl.casusregie.actieoverleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.actieoverleg.ActieOverleg.Element;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.overleg.AfspraakOpvolging;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * actie-overleg on the engine's clock: reported by Veilig Thuis or police, on the next session, facts
 * bundled before it, decided by the officer with a tactical plan whose actions are followed up,
 * back on next week's agenda until the plan is done, then closed.
 */
@CasusregieTest
class ActieOverlegProcessTest {

    @Autowired Fixture fixture;
    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired AgendaService agenda;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private Map<String, Object> melding(String achternaam, boolean stalking) {
        Map<String, Object> verzoek = new HashMap<>();
        verzoek.put("betrokkenen", List.of(
                Map.of("naam", "Rik " + achternaam, "geboortedatum", "1985-03-02", "rol", "PLEGER"),
                Map.of("naam", "Eva " + achternaam, "geboortedatum", "1988-07-14", "rol", "SLACHTOFFER")));
        verzoek.put("watGebeurd", "Rik staat al weken 's nachts voor de deur van Eva en stuurt dreigberichten");
        verzoek.put("stalking", stalking);
        return verzoek;
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> meld(String user, Map<String, Object> verzoek) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/actie-overleggen", verzoek, Map.class);
    }

    private ProcessInstance gemeld(String user) {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = meld(user, melding(Fixture.uniek("Stalking"), true));
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        String nummer = (String) antwoord.getBody().get("nummer");
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ActieOverleg.PROCESS_KEY)
                .processInstanceBusinessKey(nummer).singleResult();
    }

    private Task task(ProcessInstance instantie, String element) {
        return taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(element).singleResult();
    }

    private List<String> groepen(Task taak) {
        return taskService.getIdentityLinksForTask(taak.getId()).stream().map(l -> l.getGroupId()).toList();
    }

    private Date sessieBegin(ProcessInstance instantie) {
        return (Date) runtimeService.getVariable(instantie.getId(), ActieOverleg.SESSIE_BEGIN.name());
    }

    /** Moves the engine's clock to that moment and runs the instance's due jobs, as the job executor would. */
    private void klokNaar(ProcessInstance instantie, Date moment) {
        fixture.klokNaar(instantie, moment);
    }

    private void feitenGebundeld(ProcessInstance instantie) {
        fixture.complete("veiligthuis1", task(instantie, Element.FEITEN_VEILIG_THUIS), Map.of(
                "feitenVeiligThuis", "Twee eerdere meldingen van Eva, veiligheidsplan in 2023", "bekendBijReclassering", "JA"));
        fixture.complete("politie1", task(instantie, Element.FEITEN_POLITIE), Map.of(
                "feitenPolitie", "Drie meldingen van overlast, geen aanhouding"));
    }

    private Map<String, Object> besluit(String vervolg, boolean zorgen, Map<String, Object>... acties) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("ambtshalveAangifte", true);
        vars.put("aangifteReden", "Eva durft zelf geen aangifte te doen");
        vars.put("aanhouding", false);
        vars.put("contactverbod", true);
        vars.put("omReden", "Geen verdachte in beeld op heterdaad; contactverbod beschermt Eva direct");
        vars.put("zorgenResterend", zorgen);
        vars.put("vervolgKeuze", vervolg);
        vars.put("vervolgToelichting", "Volgen tot het plan klaar is");
        for (int i = 0; i < acties.length; i++) {
            vars.put("actie" + (i + 1), acties[i]);
        }
        return vars;
    }

    private static Map<String, Object> actie(String partner, String wat) {
        return Map.of("partner", partner, "wat", wat, "deadline", LocalDate.now().plusDays(10).toString(),
                "waarom", "Veiligheid van Eva");
    }

    private List<ProcessInstance> opvolgingen(ProcessInstance instantie) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(AfspraakOpvolging.PROCESS_KEY)
                .processInstanceBusinessKey(instantie.getBusinessKey()).list();
    }

    @Test
    @DisplayName("a report by Veilig Thuis goes on the next session in the reporter's house, with both bundling tasks due at its start")
    void gemeldOpAgenda() {
        ProcessInstance instantie = gemeld("veiligthuis1");

        assertThat(instantie.getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(instantie.getBusinessKey()).startsWith("AO-");
        Agendapunt punt = agenda.openPunt(Tafel.ACTIE_OVERLEG, Fixture.HUIS, instantie.getBusinessKey()).orElseThrow();
        Task vt = task(instantie, Element.FEITEN_VEILIG_THUIS);
        Task politie = task(instantie, Element.FEITEN_POLITIE);
        assertThat(groepen(vt)).containsExactly("veiligthuis");
        assertThat(groepen(politie)).containsExactly("politie");
        assertThat(vt.getDueDate()).isEqualTo(Date.from(punt.sessieBegin().atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(sessieBegin(instantie)).isEqualTo(vt.getDueDate());
        assertThat(runtimeService.getVariables(instantie.getId()).keySet())
                .doesNotContain("watGebeurd", "betrokkenen");
        assertThat(jdbc.sql("select count(*) from actie_overleg_persoon p join actie_overleg a on a.id = p.actie_overleg_id "
                + "where a.nummer = :n").param("n", instantie.getBusinessKey()).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    @DisplayName("only Veilig Thuis and the police report a case; input is refused naming the field")
    void alleenVeiligThuisEnPolitie() {
        assertThat(meld("gemeente1", melding("Geweigerd", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(meld("om1", melding("Geweigerd", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> zonderWat = melding("Leeg", false);
        zonderWat.put("watGebeurd", " ");
        assertThat(meld("politie1", zonderWat).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(gemeld("politie1")).isNotNull();
    }

    @Test
    @DisplayName("the session does not wait: at its start unbundled facts lapse and the officer gets the case")
    void sessieWachtNiet() {
        ProcessInstance instantie = gemeld("politie1");
        fixture.complete("politie1", task(instantie, Element.FEITEN_POLITIE), Map.of("feitenPolitie", "Eén melding"));

        klokNaar(instantie, sessieBegin(instantie));

        assertThat(task(instantie, Element.FEITEN_VEILIG_THUIS)).isNull();
        Task bespreken = task(instantie, Element.BESPREKEN);
        assertThat(groepen(bespreken)).containsExactly("om");
    }

    @Test
    @DisplayName("back on next week's agenda two weeks running while the plan runs, then closed once no action is open and no worries remain")
    void tweeWekenTerugDanAfgesloten() {
        ProcessInstance instantie = gemeld("veiligthuis1");
        feitenGebundeld(instantie);
        Date eerste = sessieBegin(instantie);
        klokNaar(instantie, eerste);

        fixture.complete("om1", task(instantie, Element.BESPREKEN), besluit(ActieOverleg.VOLGEN, true,
                actie("politie", "Stopgesprek met Rik"), actie("veiligthuis", "Veiligheidsplan met Eva bijwerken")));

        assertThat(opvolgingen(instantie)).hasSize(2);
        Date tweede = sessieBegin(instantie);
        assertThat(tweede).isAfter(eerste);
        klokNaar(instantie, tweede);
        Task bespreken = task(instantie, Element.BESPREKEN);
        assertThatThrownBy(() -> fixture.complete("om1", bespreken, besluit(ActieOverleg.AFSLUITEN, false)))
.hasMessageContaining("actie");
        fixture.complete("om1", bespreken, besluit(ActieOverleg.VOLGEN, false));

        for (ProcessInstance opvolging : opvolgingen(instantie)) {
            Task uitvoeren = taskService.createTaskQuery().processInstanceId(opvolging.getId()).singleResult();
            String eigenaar = groepen(uitvoeren).get(0);
            fixture.complete(eigenaar + "1", uitvoeren, Map.of("afspraakUitkomst", "GEDAAN", "afspraakToelichting", "Gedaan"));
        }
        klokNaar(instantie, sessieBegin(instantie));
        fixture.complete("om1", task(instantie, Element.BESPREKEN), besluit(ActieOverleg.AFSLUITEN, false));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instantie.getId()).count()).isZero();
        List<Agendapunt> geschiedenis = agenda.geschiedenis(Tafel.ACTIE_OVERLEG, Fixture.HUIS, instantie.getBusinessKey());
        assertThat(geschiedenis).hasSize(3);
        assertThat(geschiedenis.subList(1, 3)).allSatisfy(p -> assertThat(p.reden()).isEqualTo(TerugkeerReden.VOLGEN));
        assertThat(agenda.openPunt(Tafel.ACTIE_OVERLEG, Fixture.HUIS, instantie.getBusinessKey())).isEmpty();
        assertThat(jdbc.sql("select status from actie_overleg where nummer = :n").param("n", instantie.getBusinessKey())
                .query(String.class).single()).isEqualTo("AFGESLOTEN");
        assertThat(jdbc.sql("select count(*) from actie_overleg_besluit b join actie_overleg a on a.id = b.actie_overleg_id "
                + "where a.nummer = :n").param("n", instantie.getBusinessKey()).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    @DisplayName("closing is refused while a partner still has worries; the session's decisions need their reasons")
    void sluitenMetZorgenGeweigerd() {
        ProcessInstance instantie = gemeld("veiligthuis1");
        feitenGebundeld(instantie);
        klokNaar(instantie, sessieBegin(instantie));
        Task bespreken = task(instantie, Element.BESPREKEN);

        assertThatThrownBy(() -> fixture.complete("om1", bespreken, besluit(ActieOverleg.AFSLUITEN, true)))
.hasMessageContaining("zorgen");
        Map<String, Object> zonderReden = besluit(ActieOverleg.VOLGEN, true);
        zonderReden.remove("omReden");
        assertThatThrownBy(() -> fixture.complete("om1", bespreken, zonderReden)).hasMessageContaining("Waarom de officier");
        Map<String, Object> verkeerdePartner = besluit(ActieOverleg.VOLGEN, true, actie("gemeente", "Woning regelen"));
        assertThatThrownBy(() -> fixture.complete("om1", bespreken, verkeerdePartner))
.hasMessageContaining("partner van het Actie-Overleg");
        assertThat(task(instantie, Element.BESPREKEN)).isNotNull();
    }

    @Test
    @DisplayName("an overdue action of the plan has no case director: the weekly session sees it, and two weeks on the officer, never the procesregisseur")
    void verlopenActieNaarDeOfficier() {
        ProcessInstance instantie = gemeld("veiligthuis1");
        feitenGebundeld(instantie);
        klokNaar(instantie, sessieBegin(instantie));
        fixture.complete("om1", task(instantie, Element.BESPREKEN), besluit(ActieOverleg.VOLGEN, true,
                actie("politie", "Stopgesprek met Rik")));
        ProcessInstance opvolging = opvolgingen(instantie).get(0);
        Date deadline = (Date) runtimeService.getVariable(opvolging.getId(), AfspraakOpvolging.DEADLINE.name());

        klokNaar(opvolging, new Date(deadline.getTime() + 60_000));
        assertThat(taskService.createTaskQuery().processInstanceId(opvolging.getId())
                .taskDefinitionKey(AfspraakOpvolging.Element.NAGAAN_CASUSREGISSEUR).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(opvolging.getId()).count()).isOne();

        klokNaar(opvolging, (Date) runtimeService.getVariable(opvolging.getId(), AfspraakOpvolging.ESCALATIE_VOORZITTER.name()));
        Task voorzitter = taskService.createTaskQuery().processInstanceId(opvolging.getId())
                .taskDefinitionKey(AfspraakOpvolging.Element.NAGAAN_VOORZITTER).singleResult();
        assertThat(groepen(voorzitter)).containsExactly("om");
        assertThat(fixture.as("procesregisseur1", () -> taskService.createTaskQuery().taskId(voorzitter.getId()).count())).isZero();
        fixture.complete("om1", voorzitter, Map.of());
    }

    private ProcessInstance startformulier(String user, Map<String, Object> vars) {
        String definitie = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ActieOverleg.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        return fixture.as(user, () -> formService.submitStartForm(definitie, vars));
    }

    @Test
    @DisplayName("the Tasklist start form is the network's report form: a stalking report, its route confirmed, becomes the case in the same instance, named by its number and on the agenda")
    void startformulier() {
        String achternaam = Fixture.uniek("Start");
        Map<String, Object> vars = new HashMap<>();
        vars.put("betrokkene1", org.camunda.spin.Spin.JSON(
                "{\"naam\":\"Rik " + achternaam + "\",\"geboortedatum\":\"1985-03-02\",\"rol\":\"PLEGER\"}"));
        vars.put("betrokkene2", org.camunda.spin.Spin.JSON(
                "{\"naam\":\"Eva " + achternaam + "\",\"geboortedatum\":\"1988-07-14\",\"rol\":\"SLACHTOFFER\"}"));
        vars.put("watGebeurd", "Dreigberichten en posten bij haar werk");
        vars.put("soortMelding", "POLITIE");
        for (String feit : List.of("acuteOnveiligheid", "letselKind", "verdachteGehoordOfAangehouden", "mensenhandel",
                "dreigendGevaar")) {
            vars.put(feit, false);
        }
        vars.put("stalking", true);

        ProcessInstance instantie = startformulier("politie1", vars);

        assertThat(instantie.getBusinessKey()).startsWith("MELD-");
        assertThat(instantie.getTenantId()).isEqualTo(Fixture.HUIS);
        Task route = taskService.createTaskQuery().processInstanceId(instantie.getId())
                .taskDefinitionKey(ActieOverleg.Element.ROUTE_BEVESTIGEN).singleResult();
        fixture.complete("politie1", route, Map.of("gekozenRoute", "ACTIE_OVERLEG"));

        String nummer = runtimeService.createProcessInstanceQuery().processInstanceId(instantie.getId()).singleResult()
                .getBusinessKey();
        assertThat(nummer).startsWith("AO-");
        assertThat(jdbc.sql("select partner from actie_overleg where nummer = :n").param("n", nummer)
                .query(String.class).single()).isEqualTo("politie");
        assertThat(agenda.openPunt(Tafel.ACTIE_OVERLEG, Fixture.HUIS, nummer)).isPresent();
        assertThat(runtimeService.getVariables(instantie.getId()).keySet()).doesNotContain("watGebeurd", "betrokkene1");

        Map<String, Object> zonderWat = new HashMap<>(vars);
        zonderWat.remove("watGebeurd");
        assertThatThrownBy(() -> startformulier("veiligthuis1", zonderWat)).hasMessageContaining("Wat is er gebeurd");
    }

    @Test
    @DisplayName("the plan goes to Veilig Thuis, the police and every partner with an action, with its actions and decisions; a session without new actions sends nothing; unread it lapses after four weeks")
    void planNaarDeBetrokkenen() {
        ProcessInstance instantie = gemeld("veiligthuis1");
        feitenGebundeld(instantie);
        klokNaar(instantie, sessieBegin(instantie));
        fixture.complete("om1", task(instantie, Element.BESPREKEN), besluit(ActieOverleg.VOLGEN, true,
                actie("reclassering", "Rik aanspreken op zijn toezicht"), actie("politie", "Stopgesprek met Rik")));

        List<Task> plan = taskService.createTaskQuery().processInstanceId(instantie.getId())
                .taskDefinitionKey(Element.PLAN_KENNISNEMEN).list();
        assertThat(plan).flatExtracting(this::groepen).containsExactlyInAnyOrder("veiligthuis", "politie", "reclassering");
        Task reclassering = plan.stream().filter(t -> groepen(t).contains("reclassering")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> formulier = http.withBasicAuth("reclassering1", "demo").getForObject(
                "/engine-rest/task/" + reclassering.getId() + "/form-variables", Map.class);
        Map<String, String> getoond = new HashMap<>();
        formulier.forEach((naam, variabele) -> getoond.put(naam, String.valueOf(variabele.get("value"))));
        assertThat(getoond.get("actieOverlegOpenActies")).contains("Rik aanspreken op zijn toezicht", "Reclassering");
        assertThat(getoond.get("actieOverlegBesluit")).contains("Contactverbod: ja");
        assertThat(getoond.values().toString()).doesNotContain("Geen verdachte in beeld", "Twee eerdere meldingen van Eva");
        fixture.complete("reclassering1", reclassering, Map.of());

        klokNaar(instantie, sessieBegin(instantie));
        fixture.complete("om1", task(instantie, Element.BESPREKEN), besluit(ActieOverleg.VOLGEN, true));
        assertThat(taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(Element.PLAN_KENNISNEMEN)
                .count()).isEqualTo(2);

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.now().plusDays(29).atZone(ZoneId.systemDefault()).toInstant()));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instantie.getId())
                .activityId(Element.PLAN_VERLOPEN).singleResult().getId());
        assertThat(taskService.createTaskQuery().processInstanceId(instantie.getId()).taskDefinitionKey(Element.PLAN_KENNISNEMEN)
                .count()).isZero();
    }

    @Test
    @DisplayName("handed to the ZSM deepening meeting: a ZSM case put forward by the officer with the people and the reason, the agenda here done; a reason and a table are required")
    void overdragenAanZsm() {
        ProcessInstance instantie = gemeld("politie1");
        feitenGebundeld(instantie);
        klokNaar(instantie, sessieBegin(instantie));
        Task bespreken = task(instantie, Element.BESPREKEN);
        Map<String, Object> zonderTafel = besluit(ActieOverleg.OVERDRAGEN, true);
        assertThatThrownBy(() -> fixture.complete("om1", bespreken, zonderTafel)).hasMessageContaining("Overdragen aan");
        Map<String, Object> zonderReden = besluit(ActieOverleg.OVERDRAGEN, true);
        zonderReden.put("overdragenAan", "ZSM_VERDIEPING");
        zonderReden.remove("vervolgToelichting");
        assertThatThrownBy(() -> fixture.complete("om1", bespreken, zonderReden)).hasMessageContaining("Toelichting bij het vervolg");

        Map<String, Object> overdragen = besluit(ActieOverleg.OVERDRAGEN, true, actie("politie", "Stopgesprek met Rik"));
        overdragen.put("overdragenAan", "ZSM_VERDIEPING");
        overdragen.put("vervolgToelichting", "Rik is inmiddels aangehouden; de afdoening hoort bij ZSM");
        fixture.complete("om1", bespreken, overdragen);

        Map<String, Object> zaak = jdbc.sql("select status, overgedragen_aan, overgedragen_nummer from actie_overleg where nummer = :n")
                .param("n", instantie.getBusinessKey()).query().singleRow();
        assertThat(zaak.get("STATUS")).isEqualTo("OVERGEDRAGEN");
        assertThat(zaak.get("OVERGEDRAGEN_AAN")).isEqualTo("ZSM_VERDIEPING");
        String zsmNummer = (String) zaak.get("OVERGEDRAGEN_NUMMER");
        assertThat(zsmNummer).startsWith("ZSM-");
        Map<String, Object> zsm = jdbc.sql("select reden, ingebracht_groep from zsm_zaak where nummer = :n").param("n", zsmNummer)
                .query().singleRow();
        assertThat((String) zsm.get("REDEN")).contains(instantie.getBusinessKey(), "Rik is inmiddels aangehouden")
                .doesNotContain("Twee eerdere meldingen van Eva");
        assertThat(zsm.get("INGEBRACHT_GROEP")).isEqualTo("om");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("zsm-verdieping")
                .processInstanceBusinessKey(zsmNummer).singleResult().getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(agenda.openPunt(Tafel.ACTIE_OVERLEG, Fixture.HUIS, instantie.getBusinessKey())).isEmpty();
        assertThat(task(instantie, Element.BESPREKEN)).isNull();
        assertThat(opvolgingen(instantie)).hasSize(1);
    }

    @Test
    @DisplayName("handed to the care-and-safety house: a referral of the household to triage with the officer's reason")
    void overdragenAanZvh() {
        ProcessInstance instantie = gemeld("veiligthuis1");
        feitenGebundeld(instantie);
        klokNaar(instantie, sessieBegin(instantie));
        Map<String, Object> overdragen = besluit(ActieOverleg.OVERDRAGEN, false);
        overdragen.put("overdragenAan", "ZVH_TRIAGE");
        overdragen.put("vervolgToelichting", "Het gevaar is geweken; het gezin heeft langdurige hulp van meerdere partners nodig");
        fixture.complete("om1", task(instantie, Element.BESPREKEN), overdragen);

        String casusnummer = jdbc.sql("select overgedragen_nummer from actie_overleg where nummer = :n")
                .param("n", instantie.getBusinessKey()).query(String.class).single();
        ProcessInstance casus = runtimeService.createProcessInstanceQuery().processDefinitionKey("zvh-casus")
                .processInstanceBusinessKey(casusnummer).singleResult();
        assertThat(casus).isNotNull();
        assertThat(jdbc.sql("select analyse_aanmelder from aanmelding a join casus c on c.id = a.casus_id where c.nummer = :n")
                .param("n", casusnummer).query(String.class).single()).contains("langdurige hulp");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instantie.getId()).count()).isZero();
        assertThat(dossier("procesregisseur1", instantie).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> dossier(String user, ProcessInstance instantie) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/actie-overleggen/" + instantie.getBusinessKey(), Map.class);
    }

    @Test
    @DisplayName("the case file shows returns with their reasons, sessions and plan to the table; the supervisor without what was written about people; others not at all")
    @SuppressWarnings("unchecked")
    void dossierVanDeTafel() {
        ProcessInstance instantie = gemeld("veiligthuis1");
        feitenGebundeld(instantie);
        klokNaar(instantie, sessieBegin(instantie));
        fixture.complete("om1", task(instantie, Element.BESPREKEN), besluit(ActieOverleg.VOLGEN, true,
                actie("politie", "Stopgesprek met Rik")));

        Map<String, Object> volledig = dossier("rvdk1", instantie).getBody();
        assertThat((String) volledig.get("watGebeurd")).contains("dreigberichten");
        assertThat((List<Map<String, Object>>) volledig.get("agenda")).hasSize(2)
                .last().satisfies(p -> assertThat(p).containsEntry("reden", "VOLGEN").containsEntry("toelichting", "Volgen tot het plan klaar is"));
        assertThat((List<Map<String, Object>>) volledig.get("plan")).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("wat", "Stopgesprek met Rik").containsEntry("status", "OPEN"));
        assertThat((List<Map<String, Object>>) volledig.get("sessies")).singleElement()
                .satisfies(b -> assertThat(b).containsEntry("contactverbod", true));

        Map<String, Object> zonder = dossier("supervisor1", instantie).getBody();
        assertThat(zonder.get("watGebeurd")).isNull();
        assertThat((List<?>) zonder.get("betrokkenen")).isEmpty();
        assertThat(zonder.toString()).doesNotContain("Stopgesprek", "Eva", "Twee eerdere meldingen");
        assertThat(dossier("gemeente1", instantie).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(dossier("procesregisseur1", instantie).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
