package nl.casusregie.proeftijd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of the OM's reaction task: binds it to the breach just reported, one task per breach. */
@Component("reactieKlaarzetten")
public class ReactieKlaarzettenListener implements TaskListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;

    public ReactieKlaarzettenListener(ProeftijdBinding binding, ToezichtService service) {
        this.binding = binding;
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        service.bindReactie(binding.proeftijd(execution), Proeftijd.OVERTREDING_ID.from(execution), task.getId());
    }
}
