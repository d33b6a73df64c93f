package nl.casusregie.zsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.proeftijd.OvertredingMelding;
import nl.casusregie.proeftijd.Proeftijd;
import nl.casusregie.proeftijd.ToezichtService;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A conditional dismissal at the ZSM deepening meeting starts the probation process for the ZSM case
 * (which has no case at the care-and-safety house), on the engine's clock: the supervisor's checks,
 * and a breach that goes to the OM only, since the table has decided the case.
 */
@CasusregieTest
class ZsmProeftijdTest {

    @Autowired Fixture fixture;
    @Autowired ZsmFixture zsm;
    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired AgendaService agenda;
    @Autowired ToezichtService toezicht;
    @Autowired ZsmFormValues formValues;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private ProcessInstance proeftijdVan(ProcessInstance zaak) {
        String nummer = jdbc.sql("select p.nummer from proeftijd p join zsm_zaak z on z.id = p.zsm_zaak_id where z.nummer = :n")
                .param("n", zaak.getBusinessKey()).query(String.class).single();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(Proeftijd.PROCESS_KEY)
                .processInstanceBusinessKey(nummer).singleResult();
    }

    @SuppressWarnings("rawtypes")
    private Map dossier(String user, ProcessInstance zaak) {
        ResponseEntity<Map> antwoord = http.withBasicAuth(user, "demo").getForEntity("/api/zsm-verdiepingen/" + zaak.getBusinessKey(),
                Map.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        return antwoord.getBody();
    }

    @Test
    @DisplayName("a conditional dismissal starts proeftijd for the ZSM case from the day of the decision, with the conditions the form asks as the probation's start form does")
    void voorwaardelijkSepotStartProeftijd() {
        ProcessInstance zaak = zsm.ingebracht(Fixture.uniek("Zsmpt"));
        Task sessie = zsm.sessieTaak(zaak);
        LocalDate beslisdag = zsm.punt(zaak).sessieBegin().toLocalDate();
        fixture.complete("om1", sessie, ZsmFixture.voorwaardelijkSepot());

        ProcessInstance proeftijd = proeftijdVan(zaak);
        assertThat(proeftijd.getTenantId()).isEqualTo(Fixture.HUIS);
        Map<String, Object> rij = jdbc.sql("select * from proeftijd where nummer = :n").param("n", proeftijd.getBusinessKey())
                .query().singleRow();
        assertThat(rij).containsEntry("CASUS_ID", null).containsEntry("SOORT", "VOORWAARDELIJK_SEPOT")
                .containsEntry("DUUR_MAANDEN", 12).containsEntry("TOEZICHTHOUDER", "reclassering").containsEntry("STATUS", "LOPEND");
        assertThat(rij.get("INGANGSDATUM").toString()).isEqualTo(beslisdag.toString());
        assertThat(runtimeService.getVariables(zaak.getId())).doesNotContainKeys("toezichthouder", "risico", "duurMaanden",
                "voorwaarde1");
        assertThat(jdbc.sql("select status from zsm_zaak where nummer = :n").param("n", zaak.getBusinessKey())
                .query(String.class).single()).isEqualTo("BESLOTEN");

        // the ZSM records and the outcome notice show the probation and its state
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> proeftijden = (List<Map<String, Object>>) dossier("politie1", zaak).get("proeftijden");
        assertThat(proeftijden).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("nummer", proeftijd.getBusinessKey()).containsEntry("status", "LOPEND")
                    .containsEntry("toezichthouder", "reclassering");
            assertThat(String.valueOf(p.get("voorwaarden"))).contains("Vader en moeder aanvaarden beiden hulp");
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> zonder = (List<Map<String, Object>>) dossier("supervisor1", zaak).get("proeftijden");
        assertThat(zonder).singleElement().satisfies(p -> assertThat(String.valueOf(p)).doesNotContain("aanvaarden"));
        Task melding = zsm.tasks(zaak, ZsmVerdieping.Element.UITKOMST_KENNISNEMEN).get(0);
        assertThat((String) formValues.forTask(melding).get("zsmUitkomst"))
                .contains("Voorwaardelijk sepot met proeftijd").contains("Proeftijd " + proeftijd.getBusinessKey())
                .contains("12 maanden").contains("toezicht Reclassering; loopt");

        // the supervisor's first check comes on the engine's clock
        assertThat(zsm.tasks(proeftijd, Proeftijd.Element.CONTROLEREN)).isEmpty();
        java.util.Date moment = managementService.createJobQuery().processInstanceId(proeftijd.getId()).timers()
                .orderByJobDuedate().asc().list().get(0).getDuedate();
        zsm.klokNaar(proeftijd, LocalDateTime.ofInstant(moment.toInstant(), ZoneId.systemDefault()).plusMinutes(1));
        List<Task> controles = zsm.tasks(proeftijd, Proeftijd.Element.CONTROLEREN);
        assertThat(controles).hasSize(1);
        assertThat(taskService.getIdentityLinksForTask(controles.get(0).getId())).extracting(l -> l.getGroupId())
                .contains("reclassering");
    }

    @Test
    @DisplayName("a conditional dismissal without its probation's period or condition is refused, naming the fields as the form labels them; nothing starts")
    void proeftijdVerplicht() {
        ProcessInstance zaak = zsm.ingebracht(Fixture.uniek("Zsmpt"));
        Task sessie = zsm.sessieTaak(zaak);
        Map<String, Object> zonderDuur = ZsmFixture.voorwaardelijkSepot();
        zonderDuur.remove("duurMaanden");
        assertThatThrownBy(() -> fixture.complete("om1", sessie, zonderDuur)).hasRootCauseInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Duur van de proeftijd (maanden): is verplicht");
        Map<String, Object> zonderVoorwaarde = ZsmFixture.voorwaardelijkSepot();
        zonderVoorwaarde.remove("voorwaarde1");
        assertThatThrownBy(() -> fixture.complete("om1", sessie, zonderVoorwaarde))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Noem ten minste één voorwaarde");
        Map<String, Object> verkeerdeToezichthouder = ZsmFixture.voorwaardelijkSepot();
        verkeerdeToezichthouder.put("toezichthouder", "politie");
        assertThatThrownBy(() -> fixture.complete("om1", sessie, verkeerdeToezichthouder))
                .hasRootCauseInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("Toezicht door: kies Reclassering");
        assertThat(zsm.tasks(zaak, ZsmVerdieping.Element.VERDIEPINGSOVERLEG)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from proeftijd p join zsm_zaak z on z.id = p.zsm_zaak_id where z.nummer = :n")
                .param("n", zaak.getBusinessKey()).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a breach of a ZSM case's probation goes to the OM's reaction only: no incident, the decided ZSM case stays off the agenda")
    void overtredingNaarOm() {
        ProcessInstance zaak = zsm.ingebracht(Fixture.uniek("Zsmpt"));
        fixture.complete("om1", zsm.sessieTaak(zaak), ZsmFixture.voorwaardelijkSepot());
        ProcessInstance proeftijd = proeftijdVan(zaak);
        zsm.klokNaar(proeftijd, LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())
                .plusMonths(2));
        long id = fixture.as("reclassering1", () -> toezicht.meldOvertreding(Fixture.HUIS, proeftijd.getBusinessKey(),
                new OvertredingMelding(null, "Vader weigert de afspraak bij de hulpverlening"), "reclassering1",
                List.of("reclassering")));

        List<Task> reactie = zsm.tasks(proeftijd, Proeftijd.Element.REAGEREN);
        assertThat(reactie).hasSize(1);
        assertThat(taskService.getIdentityLinksForTask(reactie.get(0).getId())).extracting(l -> l.getGroupId())
                .containsExactly("om");
        assertThat(jdbc.sql("select count(*) from incident where sleutel = :s").param("s", "proeftijd-overtreding-" + id)
                .query(Long.class).single()).isZero();
        assertThat(agenda.openPunt(Tafel.ZSM_VERDIEPING, Fixture.HUIS, zaak.getBusinessKey())).isEmpty();
        fixture.complete("om1", reactie.get(0), Map.of("omReactie", "WAARSCHUWING", "reactieReden", "Gesprek met de officier"));
        assertThat(zsm.tasks(proeftijd, Proeftijd.Element.REAGEREN)).isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> proeftijden = (List<Map<String, Object>>) dossier("om1", zaak).get("proeftijden");
        assertThat(String.valueOf(proeftijden.get(0).get("overtredingen"))).contains("Vader weigert").contains("WAARSCHUWING");
    }
}
