package nl.casusregie.proeftijd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the decision opvolging-interval: the next check is due one interval from now, and
 * is only planned when that falls within the probation period.
 */
@Component("controlemomentBepalen")
public class ControlemomentBepalenListener implements ExecutionListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;

    public ControlemomentBepalenListener(ProeftijdBinding binding, ToezichtService service) {
        this.binding = binding;
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ToezichtService.Controlemoment moment = service.controlemoment(binding.proeftijd(execution),
                Proeftijd.CONTROLE_INTERVAL.from(execution));
        Proeftijd.CONTROLEMOMENT.set(execution, moment.moment());
        Proeftijd.CONTROLE_VOOR_EINDE.set(execution, moment.voorEinde());
    }
}
