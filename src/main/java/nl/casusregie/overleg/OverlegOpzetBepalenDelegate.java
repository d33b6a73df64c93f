package nl.casusregie.overleg;

import nl.casusregie.casus.CasusBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Proposes the round's segments from overleg-opzet, for the chair to confirm or change. */
@Component("overlegOpzetBepalen")
public class OverlegOpzetBepalenDelegate implements JavaDelegate {

    private final OverlegService service;
    private final CasusBinding binding;

    public OverlegOpzetBepalenDelegate(OverlegService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.stelOpzetVoor(execution.getProcessInstanceId(), binding.casus(execution).id());
        binding.afterStep(execution);
    }
}
