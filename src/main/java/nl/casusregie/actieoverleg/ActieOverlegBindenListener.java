package nl.casusregie.actieoverleg;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of actie-overleg: binds the reported case to this instance, once, in its house. */
@Component("actieOverlegBinden")
public class ActieOverlegBindenListener implements ExecutionListener {

    private final ActieOverlegBinding binding;

    public ActieOverlegBindenListener(ActieOverlegBinding binding) {
        this.binding = binding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        binding.bind(execution);
    }
}
