package nl.casusregie.overleg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The next meeting on the clock: by when the chair must have planned a round so that its date
 * cannot slip silently. That is the planning period (casusregie.overleg.plannen-voor-overleg, a
 * week by default: the invited partners still have days to contribute, due the day before) before
 * the date proposed for it; without an agreed date, a week after the round began.
 */
@Component
public class PlanTermijn {

    /** Deadlines fall at the start of the working day. */
    private static final LocalTime OCHTEND = LocalTime.of(9, 0);
    private static final Period ZONDER_DATUM = Period.ofDays(7);

    private final OverlegRepository overleggen;
    private final Period voorOverleg;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final SystemAction systemAction;

    public PlanTermijn(OverlegRepository overleggen, @Value("${casusregie.overleg.plannen-voor-overleg}") String voorOverleg,
                       RuntimeService runtimeService, ManagementService managementService, TaskService taskService,
                       SystemAction systemAction) {
        this.overleggen = overleggen;
        this.voorOverleg = Period.parse(voorOverleg);
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.systemAction = systemAction;
    }

    /** By when the case's next round must be planned; now, when that moment has passed already. */
    public Date uiterlijk(long casusId) {
        LocalDateTime nu = LocalDateTime.now();
        LocalDateTime uiterlijk = overleggen.datumvoorstel(casusId, LocalDate.now())
                .map(voorstel -> voorstel.datum().minus(voorOverleg).atTime(OCHTEND))
                .orElseGet(() -> nu.plus(ZONDER_DATUM));
        return Date.from((uiterlijk.isBefore(nu) ? nu : uiterlijk).atZone(ZoneId.systemDefault()).toInstant());
    }

    /**
     * The chair brought the next meeting forward: a round of this case that still waits for its
     * plan (one called by this zvh-casus instance) is due, and escalates, by the earlier moment.
     */
    public void vervroeg(String casusInstanceId, long casusId) {
        Date uiterlijk = uiterlijk(casusId);
        // The chair may not change jobs or another instance's tasks; the engine does it for this one change.
        systemAction.run(() -> runtimeService.createProcessInstanceQuery().superProcessInstanceId(casusInstanceId).list()
                .forEach(ronde -> {
                    Job timer = managementService.createJobQuery().processInstanceId(ronde.getId())
                            .activityId(Focusoverleg.Element.VOLGEND_OVERLEG_NADERT).singleResult();
                    if (timer != null && timer.getDuedate().after(uiterlijk)) {
                        managementService.setJobDuedate(timer.getId(), uiterlijk);
                        runtimeService.setVariable(ronde.getId(), Focusoverleg.PLAN_UITERLIJK.name(), uiterlijk);
                        Task plannen = taskService.createTaskQuery().processInstanceId(ronde.getId())
                                .taskDefinitionKey(Focusoverleg.Element.PLANNEN).singleResult();
                        plannen.setDueDate(uiterlijk);
                        taskService.saveTask(plannen);
                    }
                }));
    }
}
