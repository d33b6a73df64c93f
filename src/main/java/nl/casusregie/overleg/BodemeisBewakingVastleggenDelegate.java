package nl.casusregie.overleg;

import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the guard's report on a minimum condition (kept, or broken with what happened) on the
 * bodemeis bound to this follow-up; the outcome stays as the routing fact of the next gateway.
 */
@Component("bodemeisBewakingVastleggen")
public class BodemeisBewakingVastleggenDelegate implements JavaDelegate {

    private final BodemeisService service;
    private final CurrentUser currentUser;
    private final RoutingFacts routingFacts;

    public BodemeisBewakingVastleggenDelegate(BodemeisService service, CurrentUser currentUser, RoutingFacts routingFacts) {
        this.service = service;
        this.currentUser = currentUser;
        this.routingFacts = routingFacts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BodemeisUitkomst uitkomst = service.legBewakingVast(execution.getProcessInstanceId(), execution.getTenantId(),
                AfspraakOpvolging.BODEMEIS_UITKOMST.from(execution), AfspraakOpvolging.SCHENDING.from(execution),
                currentUser.userIdOrSystem());
        AfspraakOpvolging.BODEMEIS_UITKOMST.set(execution, uitkomst.name());
        routingFacts.removeInput(execution);
    }
}
