package nl.casusregie.overleg;

import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusBinding;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The next meeting comes near and the chair has not planned the round: the plan task goes to the
 * top of the chair's list (priority 90, as acute referrals), and the audit log says so. A second
 * task would only repeat the first one; the open, overdue plan task is the reminder.
 */
@Component("plannenVoorrangGeven")
public class PlannenVoorrangGevenDelegate implements JavaDelegate {

    static final int VOORRANG = 90;

    private final TaskService taskService;
    private final CasusBinding binding;
    private final AuditLog auditLog;

    public PlannenVoorrangGevenDelegate(TaskService taskService, CasusBinding binding, AuditLog auditLog) {
        this.taskService = taskService;
        this.binding = binding;
        this.auditLog = auditLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Casus casus = binding.casus(execution);
        taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Focusoverleg.Element.PLANNEN).list()
                .forEach(plannen -> taskService.setPriority(plannen.getId(), VOORRANG));
        auditLog.record(casus.huis(), "OVERLEG_NOG_NIET_GEPLAND", casus.id(),
                "uiterlijk " + Focusoverleg.PLAN_UITERLIJK.from(execution));
    }
}
