package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the case director, who becomes the assignee of the case's later tasks. */
@Component("casusregieVastleggen")
public class CasusregieVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public CasusregieVastleggenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.wijsCasusregieToe(binding.casus(execution).id(), CASUSREGISSEUR.from(execution),
                CASUSREGIE_REDEN.from(execution), currentUser.userIdOrSystem());
        CASUSREGIE_WISSELEN.set(execution, false);
        binding.afterStep(execution);
    }
}
