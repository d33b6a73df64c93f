package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands case direction over between two decisions: records the new case director and moves
 * the case's open tasks (also those of a running focus meeting) from the old one to the new.
 * The old case director's grant on those tasks ends with it (the engine keeps an earlier
 * assignee's grant unless it is revoked).
 */
@Component("casusregieOverdragen")
public class CasusregieOverdragenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final AuthorizationService authorizationService;

    public CasusregieOverdragenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser,
                                        TaskService taskService, RuntimeService runtimeService,
                                        AuthorizationService authorizationService) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Casus casus = binding.casus(execution);
        String vorige = casus.casusregisseur();
        String nieuwe = CASUSREGISSEUR.from(execution);
        service.wijsCasusregieToe(casus.id(), nieuwe, CASUSREGIE_REDEN.from(execution), currentUser.userIdOrSystem());
        taskService.createTaskQuery().processInstanceBusinessKey(casus.nummer()).taskAssignee(vorige).list()
                .forEach(task -> {
                    taskService.setAssignee(task.getId(), nieuwe);
                    revokeTaskGrants(vorige, task.getId());
                });
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId()).list()
                .forEach(meeting -> runtimeService.setVariable(meeting.getId(), CASUSREGISSEUR.name(), nieuwe));
        binding.afterStep(execution);
    }

    private void revokeTaskGrants(String userId, String taskId) {
        authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK).resourceId(taskId)
                .list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }
}
