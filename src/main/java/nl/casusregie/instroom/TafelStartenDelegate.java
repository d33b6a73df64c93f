package nl.casusregie.instroom;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks that hand the report to its table: starts that table's case through its own service. */
@Component("tafelStarten")
public class TafelStartenDelegate implements JavaDelegate {

    private final MeldingService service;
    private final MeldingBinding binding;

    public TafelStartenDelegate(MeldingService service, MeldingBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.startTafel(binding.melding(execution));
        binding.naStap(execution);
    }
}
