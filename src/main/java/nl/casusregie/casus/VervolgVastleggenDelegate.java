package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the chair's decision after a focus meeting and moves the case to its new phase and approach. */
@Component("vervolgVastleggen")
public class VervolgVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public VervolgVastleggenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.legVervolgVast(binding.casus(execution).id(), ADVIES_OVERGANG.from(execution),
                ADVIES_NAAR_FASE.from(execution), OVERGANG.from(execution), OVERGANG_REDEN.from(execution),
                Boolean.TRUE.equals(OPSCHALEN_NAAR_MDA.from(execution)), currentUser.userIdOrSystem());
        OPSCHALEN_NAAR_MDA.set(execution, false);
        CASUSREGIE_WISSELEN.set(execution, Boolean.TRUE.equals(CASUSREGIE_WISSELEN.from(execution)));
        binding.afterStep(execution);
    }
}
