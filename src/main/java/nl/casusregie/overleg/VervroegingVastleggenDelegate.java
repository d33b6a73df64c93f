package nl.casusregie.overleg;

import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormValues;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the chair's answer to a broken minimum condition: the earlier meeting it proposes, or why
 * the next meeting stays as planned. When new incidents reach zvh-casus as the message NieuwIncident
 * (a later issue), that message replaces the chair's task and this step.
 */
@Component("vervroegingVastleggen")
public class VervroegingVastleggenDelegate implements JavaDelegate {

    private final BodemeisService service;
    private final CurrentUser currentUser;
    private final FormValues formValues;
    private final RoutingFacts routingFacts;

    public VervroegingVastleggenDelegate(BodemeisService service, CurrentUser currentUser, FormValues formValues,
                                         RoutingFacts routingFacts) {
        this.service = service;
        this.currentUser = currentUser;
        this.formValues = formValues;
        this.routingFacts = routingFacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.legVervroegingVast(execution.getProcessInstanceId(), execution.getTenantId(),
                formValues.datum(execution, AfspraakOpvolging.VERVROEGD_OVERLEG.name()),
                AfspraakOpvolging.VERVROEGING_REDEN.from(execution), currentUser.userIdOrSystem());
        routingFacts.removeInput(execution);
    }
}
