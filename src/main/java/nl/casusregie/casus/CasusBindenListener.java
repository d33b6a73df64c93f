package nl.casusregie.casus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of zvh-casus, after the referral is registered: binds the new case to this
 * instance (a case that already has an instance, or belongs to another house, is refused).
 * Of what a client sent along, only routing facts stay, and those the case decides (phase,
 * approach, case director) come from the case.
 */
@Component("casusBinden")
public class CasusBindenListener implements ExecutionListener {

    private final CasusBinding binding;

    public CasusBindenListener(CasusBinding binding) {
        this.binding = binding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        binding.bind(execution);
        binding.afterStep(execution);
    }
}
