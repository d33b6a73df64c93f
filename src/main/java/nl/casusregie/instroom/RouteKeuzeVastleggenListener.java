package nl.casusregie.instroom;

import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Route bevestigen": the reporter's choice, an override only with a reason. A
 * refusal rolls the completion back and the task stays open with the message.
 */
@Component("routeKeuzeVastleggen")
public class RouteKeuzeVastleggenListener implements TaskListener {

    private final MeldingService service;
    private final MeldingBinding binding;
    private final CurrentUser currentUser;

    public RouteKeuzeVastleggenListener(MeldingService service, MeldingBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        service.kiesRoute(binding.melding(execution), ActieOverleg.GEKOZEN_ROUTE.from(execution),
                ActieOverleg.AFWIJK_REDEN.from(execution), currentUser.userIdOrSystem());
        binding.naStap(execution);
    }
}
