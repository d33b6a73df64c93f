package nl.casusregie.proeftijd;

import static nl.casusregie.proeftijd.ProeftijdFixture.aanvraag;
import static nl.casusregie.proeftijd.ProeftijdFixture.voorwaarde;
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
import nl.casusregie.GemeldeIncidenten;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.overleg.OverlegRepository;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.proeftijd.Proeftijd.Element;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * proeftijd, every path on the engine's clock: the checks of each condition at the interval
 * opvolging-interval decides, up to the end of the period; a breach at a check or at any moment, the
 * case put on the agenda and the OM's three reactions; the closing evaluation; and the refusals.
 */
@CasusregieTest
class ProeftijdProcessTest {

    @Autowired Fixture fixture;
    @Autowired ProeftijdFixture proeftijden;
    @Autowired ProeftijdService proeftijdService;
    @Autowired ToezichtService toezicht;
    @Autowired GemeldeIncidenten incidenten;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CasusRepository casussen;
    @Autowired OverlegRepository overleggen;
    @Autowired JdbcClient jdbc;

    private final LocalDateTime start = LocalDateTime.now();

    @AfterEach
    void klokTerug() {
        ProeftijdFixture.klokTerug();
    }

    private static final VoorwaardeInvoer HULP = voorwaarde(VoorwaardeSoort.MEEWERKEN_HULPVERLENING,
            "Sam werkt mee aan de behandeling bij De Waag");
    private static final VoorwaardeInvoer CONTACT = voorwaarde(VoorwaardeSoort.CONTACTVERBOD, "Geen contact met Noor");

    private ProcessInstance proeftijd(int maanden, VoorwaardeInvoer... voorwaarden) {
        return proeftijden.legOp(proeftijden.casus(Fixture.uniek("Proeftijd")), aanvraag(maanden, Risico.LAAG, voorwaarden));
    }

    private List<Job> controlemomenten(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(Element.CONTROLEMOMENT).orderByJobDuedate().asc().list();
    }

    private static Date op(LocalDateTime moment) {
        return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }

    private void controleer(ProcessInstance instance, String uitkomst, String bevindingen) {
        Task taak = proeftijden.taken(instance, Element.CONTROLEREN).get(0);
        fixture.complete("reclassering1", taak, bevindingen == null ? Map.of("controleUitkomst", uitkomst)
                : Map.of("controleUitkomst", uitkomst, "controleBevindingen", bevindingen));
    }

    private Map<String, Object> proeftijdRij(ProcessInstance instance) {
        return jdbc.sql("select * from proeftijd where proces_instantie_id = :i").param("i", instance.getId()).query().singleRow();
    }

    private List<Map<String, Object>> voorwaardeRijen(ProcessInstance instance) {
        return jdbc.sql("select v.* from voorwaarde v join proeftijd p on p.id = v.proeftijd_id where p.proces_instantie_id = :i order by v.id")
                .param("i", instance.getId()).query().listOfRows();
    }

    @Test
    @DisplayName("the OM imposes it: bound to its own number, one line of checks per condition, each first due at the decided interval")
    void imposed() {
        ProcessInstance instance = proeftijd(24, HULP, CONTACT);

        assertThat(instance.getBusinessKey()).matches("PT-\\d{4}-\\d{6}");
        assertThat(instance.getTenantId()).isEqualTo(Fixture.HUIS);
        assertThat(instance).isActive().isWaitingAt(Element.CONTROLEMOMENT);
        assertThat(proeftijdRij(instance)).containsEntry("STATUS", "LOPEND").containsEntry("OPGELEGD_DOOR", "om1")
                .containsEntry("EINDDATUM", java.sql.Date.valueOf(LocalDate.now().plusMonths(24)));
        assertThat(runtimeService.getVariable(instance.getId(), "toezichthouder")).isEqualTo("reclassering");
        // P1M for a contact ban, P3M to accept care at a low risk (opvolging-interval)
        assertThat(controlemomenten(instance)).extracting(Job::getDuedate).hasSize(2)
                .satisfies(d -> assertThat(d.get(0)).isCloseTo(op(start.plusMonths(1)), 60_000))
                .satisfies(d -> assertThat(d.get(1)).isCloseTo(op(start.plusMonths(3)), 60_000));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(runtimeService.getVariables(instance.getId()).keySet()).as("nothing people wrote stays in the engine")
                .doesNotContain("voorwaarde1", "proeftijdSoort", "ingangsdatum");
    }

    @Test
    @DisplayName("at its moment the supervisor checks the condition; kept, the next check is one interval later")
    void checkKept() {
        ProcessInstance instance = proeftijd(24, HULP);
        proeftijden.naar(start.plusMonths(3).plusMinutes(1), instance);

        Task taak = proeftijden.taken(instance, Element.CONTROLEREN).get(0);
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).extracting(l -> l.getGroupId()).containsExactly("reclassering");
        assertThat(taak.getDueDate()).isCloseTo(op(start.plusMonths(3).plusDays(14)), 120_000);
        controleer(instance, "NAGELEEFD", "Gesprek gehad, behandeling loopt");

        assertThat(controlemomenten(instance)).singleElement().extracting(Job::getDuedate)
                .satisfies(d -> assertThat(d).isCloseTo(op(start.plusMonths(6)), 120_000));
        assertThat(jdbc.sql("select uitkomst, bevindingen, door from controle k join voorwaarde v on v.id = k.voorwaarde_id"
                + " join proeftijd p on p.id = v.proeftijd_id where p.proces_instantie_id = :i").param("i", instance.getId())
                .query().singleRow()).containsEntry("UITKOMST", "NAGELEEFD").containsEntry("DOOR", "reclassering1");
        assertThat(incidenten.voor(proeftijdRij(instance).get("NUMMER").toString())).isEmpty();
    }

    @Test
    @DisplayName("a breach at a check puts the case on the agenda and goes to the OM; the checks of that condition go on")
    void breachAtCheck() {
        ProcessInstance instance = proeftijd(24, CONTACT);
        String casusnummer = runtimeService.getVariable(instance.getId(), "casusnummer").toString();
        proeftijden.naar(start.plusMonths(1).plusMinutes(1), instance);
        controleer(instance, "OVERTREDEN", "Sam stond zaterdag bij de woning van Noor; de buren zagen het");

        Task reactie = proeftijden.taken(instance, Element.REAGEREN).get(0);
        assertThat(taskService.getIdentityLinksForTask(reactie.getId())).extracting(l -> l.getGroupId()).containsExactly("om");
        assertThat(instance).hasPassed(Element.OVERTREDING_GEMELD_BIJ_CONTROLE, Element.CASUS_AGENDEREN);
        assertThat(incidenten.voor(casusnummer)).singleElement().satisfies(incident -> {
            assertThat(incident.bron()).isEqualTo("PROEFTIJD");
            assertThat(incident.huis()).isEqualTo(Fixture.HUIS);
            assertThat(incident.sleutel()).startsWith("proeftijd-overtreding-");
            assertThat(incident.omschrijving()).contains("contactverbod").doesNotContain("buren");
        });
        assertThat(controlemomenten(instance)).as("the next check of the contact ban").hasSize(1);
        assertThat(jdbc.sql("select reactie_taak_id, gemeld_via from overtreding o join proeftijd p on p.id = o.proeftijd_id"
                + " where p.proces_instantie_id = :i").param("i", instance.getId()).query().singleRow())
                .containsEntry("REACTIE_TAAK_ID", reactie.getId()).containsEntry("GEMELD_VIA", "CONTROLE");
    }

    @Test
    @DisplayName("a breach without what happened is refused in Dutch, naming the field; the check stays open")
    void breachNeedsFindings() {
        ProcessInstance instance = proeftijd(24, CONTACT);
        proeftijden.naar(start.plusMonths(1).plusMinutes(1), instance);

        assertThatThrownBy(() -> controleer(instance, "OVERTREDEN", null)).hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Bevindingen: beschrijf wat er gebeurd is");
        assertThatThrownBy(() -> controleer(instance, "MISSCHIEN", null))
                .hasMessageContaining("Voorwaarde: kies of de voorwaarde is nageleefd of overtreden");
        assertThat(proeftijden.taken(instance, Element.CONTROLEREN)).hasSize(1);
        assertThat(proeftijden.taken(instance, Element.REAGEREN)).isEmpty();
    }

    @Test
    @DisplayName("a breach reported at any moment (VoorwaardeOvertreden) goes to the OM, who warns: the probation goes on")
    void breachReportedWarned() {
        ProcessInstance instance = proeftijd(24, HULP);
        String nummer = instance.getBusinessKey();
        long id = fixture.as("reclassering1", () -> toezicht.meldOvertreding(Fixture.HUIS, nummer,
                new OvertredingMelding(null, "Aangehouden voor bedreiging van Noor"), "reclassering1", List.of("reclassering")));

        assertThat(instance).hasPassed(Element.VOORWAARDE_OVERTREDEN, Element.CASUS_AGENDEREN);
        Task reactie = proeftijden.taken(instance, Element.REAGEREN).get(0);
        assertThat(incidenten.voor(runtimeService.getVariable(instance.getId(), "casusnummer").toString()))
                .extracting(GemeldeIncidenten.Incident::sleutel).containsExactly("proeftijd-overtreding-" + id);
        fixture.complete("om1", reactie, Map.of("omReactie", "WAARSCHUWING", "reactieReden", "Eerste keer; gesprek met de officier"));

        assertThat(instance).isActive().hasPassed(Element.GEWAARSCHUWD);
        assertThat(controlemomenten(instance)).hasSize(1);
        assertThat(jdbc.sql("select reactie, gereageerd_door from overtreding where id = :id").param("id", id).query().singleRow())
                .containsEntry("REACTIE", "WAARSCHUWING").containsEntry("GEREAGEERD_DOOR", "om1");
    }

    @Test
    @DisplayName("the OM changes the conditions: the changed one lapses, the new ones are checked from today at their own interval")
    void conditionsChanged() {
        ProcessInstance instance = proeftijd(24, HULP, CONTACT);
        proeftijden.naar(start.plusMonths(1).plusMinutes(1), instance);
        controleer(instance, "OVERTREDEN", "Contact gezocht via Instagram");
        Task reactie = proeftijden.taken(instance, Element.REAGEREN).get(0);

        fixture.complete("om1", reactie, Map.of("omReactie", "GEWIJZIGDE_VOORWAARDEN", "reactieReden", "Strenger toezicht",
                "risico", "HOOG",
                "voorwaarde1", Map.of("voorwaardeSoort", "MEEWERKEN_HULPVERLENING", "omschrijving", HULP.omschrijving()),
                "voorwaarde2", Map.of("voorwaardeSoort", "CONTACTVERBOD", "omschrijving", "Geen contact met Noor, ook niet online")));
        proeftijden.runDueJobs(instance);

        assertThat(instance).hasPassed(Element.VOORWAARDEN_WIJZIGEN, Element.VOORWAARDEN_GEWIJZIGD);
        List<Map<String, Object>> rijen = voorwaardeRijen(instance);
        assertThat(rijen).extracting(r -> r.get("OMSCHRIJVING")).containsExactly(HULP.omschrijving(), CONTACT.omschrijving(),
                "Geen contact met Noor, ook niet online");
        assertThat(rijen).extracting(r -> r.get("VERVALLEN_OP") != null).containsExactly(false, true, false);
        assertThat(proeftijdRij(instance)).containsEntry("RISICO", "HOOG");
        // From now at a high risk: the new contact ban every two weeks, accepting care monthly
        assertThat(controlemomenten(instance)).extracting(Job::getDuedate).hasSize(2)
                .satisfies(d -> assertThat(d.get(0)).isCloseTo(op(start.plusMonths(1).plusDays(14)), 120_000))
                .satisfies(d -> assertThat(d.get(1)).isCloseTo(op(start.plusMonths(2)), 120_000));
    }

    @Test
    @DisplayName("the OM orders execution: the probation ends with its open checks and reactions")
    void execution() {
        ProcessInstance instance = proeftijd(24, HULP, CONTACT);
        proeftijden.naar(start.plusMonths(3).plusMinutes(1), instance);
        assertThat(proeftijden.taken(instance, Element.CONTROLEREN)).hasSize(2);
        Task contact = proeftijden.taken(instance, Element.CONTROLEREN).stream()
                .filter(t -> jdbc.sql("select v.soort from controle k join voorwaarde v on v.id = k.voorwaarde_id where k.taak_id = :t")
                        .param("t", t.getId()).query(String.class).single().equals("CONTACTVERBOD")).findFirst().orElseThrow();
        fixture.complete("reclassering1", contact, Map.of("controleUitkomst", "OVERTREDEN", "controleBevindingen", "Weer bij de school"));
        fixture.as("om1", () -> toezicht.meldOvertreding(Fixture.HUIS, instance.getBusinessKey(),
                new OvertredingMelding(null, "Nieuwe aangifte van mishandeling"), "om1", List.of("om")));
        List<Task> reacties = proeftijden.taken(instance, Element.REAGEREN);
        assertThat(reacties).as("one reaction task per breach").hasSize(2);

        fixture.complete("om1", reacties.get(0), Map.of("omReactie", "TENUITVOERLEGGING", "reactieReden", "Vervolging ingesteld"));

        assertThat(instance).isEnded().hasPassed(Element.TENUITVOERLEGGING);
        assertThat(proeftijdRij(instance)).containsEntry("STATUS", "TENUITVOERLEGGING");
        assertThat(jdbc.sql("select count(*) from controle k join voorwaarde v on v.id = k.voorwaarde_id join proeftijd p"
                + " on p.id = v.proeftijd_id where p.proces_instantie_id = :i and k.uitkomst = 'VERVALLEN'")
                .param("i", instance.getId()).query(Integer.class).single()).as("the open check lapsed").isEqualTo(1);
    }

    @Test
    @DisplayName("a condition has its last check when the next would fall after the end; then the supervisor evaluates and it closes")
    void endAndEvaluation() {
        ProcessInstance instance = proeftijd(5, HULP);
        String casusnummer = runtimeService.getVariable(instance.getId(), "casusnummer").toString();
        long casusId = casussen.findByNummer(Fixture.HUIS, casusnummer).orElseThrow().id();
        assertThat(overleggen.sleutelfeiten(casusId).strafrechtelijkKader()).as("a probation runs").isTrue();

        proeftijden.naar(start.plusMonths(3).plusMinutes(1), instance);
        controleer(instance, "NAGELEEFD", null);
        assertThat(instance).hasPassed(Element.GEEN_CONTROLE_MEER).isWaitingAt(Element.EINDE_PROEFTIJD);
        assertThat(proeftijden.taken(instance, Element.EVALUEREN)).isEmpty();

        proeftijden.naar(LocalDate.now().plusMonths(5).atStartOfDay().plusMinutes(1), instance);
        Task evaluatie = proeftijden.taken(instance, Element.EVALUEREN).get(0);
        assertThat(taskService.getIdentityLinksForTask(evaluatie.getId())).extracting(l -> l.getGroupId()).containsExactly("reclassering");
        assertThatThrownBy(() -> fixture.complete("reclassering1", evaluatie, Map.of("evaluatieUitkomst", "NAGELEEFD")))
                .hasMessageContaining("Evaluatie: beschrijf hoe de proeftijd is verlopen");
        fixture.complete("reclassering1", evaluatie, Map.of("evaluatieUitkomst", "NAGELEEFD",
                "evaluatie", "Behandeling afgerond, geen nieuwe incidenten"));

        assertThat(instance).isEnded().hasPassed(Element.AFGESLOTEN);
        assertThat(proeftijdRij(instance)).containsEntry("STATUS", "AFGELOPEN").containsEntry("EVALUATIE_UITKOMST", "NAGELEEFD");
        ProeftijdFixture.klokTerug();
        assertThat(overleggen.sleutelfeiten(casusId).strafrechtelijkKader()).as("no probation runs any more").isFalse();
    }

    @Test
    @DisplayName("breaches are refused after the period and from anyone but the supervisor and the OM; changed conditions after the end too")
    void breachRefusals() {
        ProcessInstance instance = proeftijd(2, CONTACT);
        String nummer = instance.getBusinessKey();
        assertThatThrownBy(() -> fixture.as("politie1", () -> toezicht.meldOvertreding(Fixture.HUIS, nummer,
                new OvertredingMelding(null, "Gezien"), "politie1", List.of("politie"))))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("Alleen de toezichthouder (Reclassering)");
        assertThatThrownBy(() -> fixture.as("om1", () -> toezicht.meldOvertreding(Fixture.HUIS, nummer,
                new OvertredingMelding(999_999L, "Gezien"), "om1", List.of("om"))))
                .hasMessageContaining("Voorwaarde 999999 is geen geldende voorwaarde van proeftijd " + nummer);
        fixture.as("om1", () -> toezicht.meldOvertreding(Fixture.HUIS, nummer, new OvertredingMelding(null, "Nieuwe aangifte"),
                "om1", List.of("om")));
        Task reactie = proeftijden.taken(instance, Element.REAGEREN).get(0);

        proeftijden.naar(LocalDate.now().plusMonths(2).atStartOfDay().plusMinutes(1), instance);
        assertThatThrownBy(() -> fixture.as("om1", () -> toezicht.meldOvertreding(Fixture.HUIS, nummer,
                new OvertredingMelding(null, "Te laat"), "om1", List.of("om"))))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("loopt niet meer");
        assertThatThrownBy(() -> fixture.complete("om1", reactie, Map.of("omReactie", "GEWIJZIGDE_VOORWAARDEN",
                "reactieReden", "Strenger", "risico", "HOOG", "voorwaarde1", Map.of("voorwaardeSoort", "CONTACTVERBOD",
                        "omschrijving", "Nooit meer contact")))).hasMessageContaining("afgelopen; kies een waarschuwing of tenuitvoerlegging");
        assertThat(proeftijden.taken(instance, Element.EVALUEREN)).as("the last check, still open, comes first").isEmpty();
        controleer(instance, "NAGELEEFD", null);
        proeftijden.runDueJobs(instance);
        assertThat(proeftijden.taken(instance, Element.EVALUEREN)).as("then the evaluation, beside the open reaction").hasSize(1);
        assertThat(proeftijden.taken(instance, Element.REAGEREN)).hasSize(1);
    }

    @Test
    @DisplayName("only the OM imposes a probation, on a running case of its own house, for at most three years, with a condition")
    void startRefusals() {
        String casus = proeftijden.casus(Fixture.uniek("Weigering"));
        ProeftijdAanvraag goed = aanvraag(24, Risico.LAAG, HULP);
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, goed, "reclassering1", List.of("reclassering")))
                .hasMessageContaining("Alleen het Openbaar Ministerie legt een proeftijd op");
        assertThatThrownBy(() -> proeftijdService.registreer("zvhtweede", casus, goed, "om1", List.of("om")))
                .hasMessageContaining("Casusnummer: casus " + casus + " is niet gevonden in uw Zorg- en Veiligheidshuis");
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, aanvraag(37, Risico.LAAG, HULP), "om1", List.of("om")))
                .hasMessageContaining("Duur van de proeftijd (maanden): is ten hoogste 36 maanden (drie jaar)");
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, aanvraag(24, Risico.LAAG), "om1", List.of("om")))
                .hasMessageContaining("Noem ten minste één voorwaarde");
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, new ProeftijdAanvraag(ProeftijdSoort.VOORWAARDELIJKE_STRAF,
                LocalDate.now().plusDays(3), 12, "reclassering", Risico.MIDDEN, List.of(HULP)), "om1", List.of("om")))
                .hasMessageContaining("Ingangsdatum van de proeftijd: ligt in de toekomst");
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, new ProeftijdAanvraag(ProeftijdSoort.VOORWAARDELIJKE_STRAF,
                LocalDate.now(), 12, "politie", Risico.MIDDEN, List.of(voorwaarde(VoorwaardeSoort.ANDERS, " "))), "om1", List.of("om")))
                .hasMessageContaining("Voorwaarde 1, Omschrijving: beschrijf de voorwaarde");
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, new ProeftijdAanvraag(ProeftijdSoort.VOORWAARDELIJKE_STRAF,
                LocalDate.now(), 12, "politie", Risico.MIDDEN, List.of(HULP)), "om1", List.of("om")))
                .hasMessageContaining("Toezicht door: kies Reclassering of Jeugdbescherming");
        jdbc.sql("update casus set status = 'BEEINDIGD' where nummer = :n").param("n", casus).update();
        assertThatThrownBy(() -> proeftijdService.registreer(Fixture.HUIS, casus, goed, "om1", List.of("om")))
                .hasMessageContaining("loopt niet (beëindigd); een proeftijd hoort bij een lopende casus");
        assertThat(jdbc.sql("select count(*) from proeftijd p join casus c on c.id = p.casus_id where c.nummer = :n")
                .param("n", casus).query(Integer.class).single()).isZero();
    }
}
