package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the aftercare check; new signals reopen the case in phase 1. */
@Component("nazorgVastleggen")
public class NazorgVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public NazorgVastleggenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean signalen = Boolean.TRUE.equals(NIEUWE_SIGNALEN.from(execution));
        service.legNazorgVast(binding.casus(execution).id(), signalen, NAZORG_TOELICHTING.from(execution),
                currentUser.userIdOrSystem());
        NIEUWE_SIGNALEN.set(execution, signalen);
        binding.afterStep(execution);
    }
}
