package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the procesregisseur's approval or rejection of the closing plan. */
@Component("afsluitplanBeoordelingVastleggen")
public class AfsluitplanBeoordelingVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public AfsluitplanBeoordelingVastleggenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean goedgekeurd = Boolean.TRUE.equals(AFSLUITPLAN_GOEDGEKEURD.from(execution));
        service.legBeoordelingVast(binding.casus(execution).id(), goedgekeurd, AFSLUITPLAN_OPMERKING.from(execution),
                currentUser.userIdOrSystem());
        AFSLUITPLAN_GOEDGEKEURD.set(execution, goedgekeurd);
        binding.afterStep(execution);
    }
}
