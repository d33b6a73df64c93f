package nl.casusregie.proeftijd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of each line of checks (one per condition): gives it the condition's kind, which
 * opvolging-interval needs, and declares its own variables locally, so that the lines of different
 * conditions, running side by side, never overwrite each other's interval, due moment or report.
 */
@Component("voorwaardeLaden")
public class VoorwaardeLadenListener implements ExecutionListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;

    public VoorwaardeLadenListener(ProeftijdBinding binding, ToezichtService service) {
        this.binding = binding;
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProeftijdRepository.Voorwaarde voorwaarde = service.voorwaarde(binding.proeftijd(execution),
                Proeftijd.VOORWAARDE_ID.from(execution));
        execution.setVariableLocal(Proeftijd.VOORWAARDE_SOORT.name(), voorwaarde.soort());
        execution.setVariableLocal(Proeftijd.CONTROLE_INTERVAL.name(), null);
        execution.setVariableLocal(Proeftijd.CONTROLEMOMENT.name(), null);
        execution.setVariableLocal(Proeftijd.CONTROLE_VOOR_EINDE.name(), null);
        execution.setVariableLocal(Proeftijd.CONTROLE_UITKOMST.name(), null);
    }
}
