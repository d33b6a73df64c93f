package nl.casusregie.casus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with its approved closing plan; aftercare starts. */
@Component("casusAfsluiten")
public class CasusAfsluitenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;

    public CasusAfsluitenDelegate(CasusService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.sluitAf(binding.casus(execution).id());
        binding.afterStep(execution);
    }
}
