package nl.casusregie.huisverbod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of huisverbod: binds the registered order to this instance, once, in its house. */
@Component("huisverbodBinden")
public class HuisverbodBindenListener implements ExecutionListener {

    private final HuisverbodBinding binding;

    public HuisverbodBindenListener(HuisverbodBinding binding) {
        this.binding = binding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        binding.bind(execution);
    }
}
