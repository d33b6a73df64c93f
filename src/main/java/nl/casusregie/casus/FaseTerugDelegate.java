package nl.casusregie.casus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A new incident re-assesses immediate safety: the case goes back to phase 1, in its row and in
 * this instance (fase-overgang advises from it after the next round).
 */
@Component("faseTerug")
public class FaseTerugDelegate implements JavaDelegate {

    private final IncidentService service;
    private final CasusBinding binding;

    public FaseTerugDelegate(IncidentService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.zetCasusTerug(binding.casus(execution), ZvhCasus.INCIDENT_ID.from(execution));
        binding.afterStep(execution);
    }
}
