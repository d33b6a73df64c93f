package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the feedback to clients after a case was not taken up. */
@Component("triageterugkoppelingVastleggen")
public class TriageterugkoppelingVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public TriageterugkoppelingVastleggenDelegate(CasusService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.legTerugkoppelingVast(binding.casus(execution).id(), "TRIAGE", TERUGKOPPELING_WIJZE.from(execution),
                TERUGKOPPELING_TEKST.from(execution), currentUser.userIdOrSystem());
        binding.afterStep(execution);
    }
}
