package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the triage decision (weegoverleg) against the advice of triage-aanpak. */
@Component("triagebesluitVastleggen")
public class TriagebesluitVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public TriagebesluitVastleggenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.legTriagebesluitVast(binding.casus(execution).id(), ADVIES_AANPAK.from(execution), AANPAK.from(execution),
                VERWIJZING.from(execution), TRIAGE_REDEN.from(execution), currentUser.userIdOrSystem());
        binding.afterStep(execution);
    }
}
