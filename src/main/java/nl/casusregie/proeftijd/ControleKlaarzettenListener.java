package nl.casusregie.proeftijd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of a check task: binds the task to the condition its line of checks follows. */
@Component("controleKlaarzetten")
public class ControleKlaarzettenListener implements TaskListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;

    public ControleKlaarzettenListener(ProeftijdBinding binding, ToezichtService service) {
        this.binding = binding;
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        ProeftijdRepository.Gegevens proeftijd = binding.proeftijd(execution);
        service.planControle(proeftijd, service.voorwaarde(proeftijd, Proeftijd.VOORWAARDE_ID.from(execution)), task.getId());
    }
}
