package nl.casusregie.overleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.overleg.AfspraakOpvolging.Element;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * afspraak-opvolging: every agreement recorded in a meeting gets its follow-up, the owner group
 * records the outcome, and an overdue one goes to the case director and later to the chair.
 */
@CasusregieTest
class AfspraakOpvolgingProcessTest {

    @Autowired Fixture fixture;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;

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
}
