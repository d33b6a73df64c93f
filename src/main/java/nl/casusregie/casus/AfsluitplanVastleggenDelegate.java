package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the closing plan; a case closes only with one. */
@Component("afsluitplanVastleggen")
public class AfsluitplanVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CasusBinding binding;

    public AfsluitplanVastleggenDelegate(CasusService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.legAfsluitplanVast(binding.casus(execution).id(), AFSLUITPLAN.from(execution), OVERDRACHT_AAN.from(execution));
        binding.afterStep(execution);
    }
}
