package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands case direction over between two decisions: records the new case director and moves
 * the case's open tasks (also those of a running focus meeting) from the old one to the new.
 */
@Component("casusregieOverdragen")
public class CasusregieOverdragenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CurrentUser currentUser;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    public CasusregieOverdragenDelegate(CasusService service, CurrentUser currentUser, TaskService taskService,
                                        RuntimeService runtimeService) {
        this.service = service;
        this.currentUser = currentUser;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long casusId = CASUS_ID.from(execution);
        String vorige = service.get(casusId).casusregisseur();
        String nieuwe = CASUSREGISSEUR.from(execution);
        service.wijsCasusregieToe(casusId, nieuwe, CASUSREGIE_REDEN.from(execution), currentUser.userIdOrSystem());
        taskService.createTaskQuery().processInstanceBusinessKey(execution.getProcessBusinessKey()).taskAssignee(vorige)
                .list().forEach(task -> taskService.setAssignee(task.getId(), nieuwe));
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId()).list()
                .forEach(meeting -> runtimeService.setVariable(meeting.getId(), CASUSREGISSEUR.name(), nieuwe));
    }
}
