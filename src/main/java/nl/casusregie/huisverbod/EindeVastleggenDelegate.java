package nl.casusregie.huisverbod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The order's time ran out: records how it ended (after a decision, or without one on day ten). */
@Component("huisverbodEindeVastleggen")
public class EindeVastleggenDelegate implements JavaDelegate {

    private final HuisverbodVerloop verloop;
    private final HuisverbodBinding binding;

    public EindeVastleggenDelegate(HuisverbodVerloop verloop, HuisverbodBinding binding) {
        this.verloop = verloop;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        verloop.beeindig(binding.verbod(execution));
        binding.naStap(execution);
    }
}
