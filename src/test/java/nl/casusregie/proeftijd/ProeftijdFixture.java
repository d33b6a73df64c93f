package nl.casusregie.proeftijd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Test helper: a probation imposed by om1 on a fresh case, and the engine's clock moved as time passes. */
@Component
public class ProeftijdFixture {

    private final Fixture fixture;
    private final ProeftijdService service;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;

    public ProeftijdFixture(Fixture fixture, ProeftijdService service, RuntimeService runtimeService, TaskService taskService,
                            ManagementService managementService) {
        this.fixture = fixture;
        this.service = service;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /** A household referred by politie1, taken up as MDA++ with casusregisseur1: its case runs. */
    public String casus(String achternaam) {
        var casus = fixture.meldAan(Fixture.aanmelding(true, 5, 4, false, achternaam));
        fixture.complete("procesregisseur1", casus, java.util.Map.of("aanpak", "MDA++", "triageReden", "Jarenlang patroon"));
        fixture.complete("procesregisseur1", casus, java.util.Map.of("casusregisseur", "casusregisseur1"));
        return casus.getBusinessKey();
    }

    public static ProeftijdAanvraag aanvraag(int maanden, Risico risico, VoorwaardeInvoer... voorwaarden) {
        return new ProeftijdAanvraag(ProeftijdSoort.VOORWAARDELIJK_SEPOT, LocalDate.now(), maanden, "reclassering", risico,
                List.of(voorwaarden));
    }

    public static VoorwaardeInvoer voorwaarde(VoorwaardeSoort soort, String omschrijving) {
        return new VoorwaardeInvoer(soort, omschrijving);
    }

    /** The probation imposed by om1 over the service the API uses; returns its process. */
    public ProcessInstance legOp(String casusnummer, ProeftijdAanvraag aanvraag) {
        ProeftijdRepository.Gegevens proeftijd = fixture.as("om1", () -> service.start(Fixture.HUIS, casusnummer, aanvraag,
                "om1", List.of("om")));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(proeftijd.nummer())
                .processDefinitionKey(Proeftijd.PROCESS_KEY).singleResult();
    }

    /** Moves the engine's clock to that moment and runs the instance's jobs that are due, as the job executor would. */
    public void naar(LocalDateTime moment, ProcessInstance instance) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(ZoneId.systemDefault()).toInstant()));
        runDueJobs(instance);
    }

    public void runDueJobs(ProcessInstance instance) {
        List<Job> due;
        while (!(due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()).isEmpty()) {
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** The open tasks of the instance at that activity. */
    public List<Task> taken(ProcessInstance instance, String activityId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId)
                .orderByTaskId().asc().list();
    }

    public static void klokTerug() {
        ClockUtil.reset();
    }
}
