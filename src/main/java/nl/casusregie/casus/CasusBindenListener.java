package nl.casusregie.casus;

import nl.casusregie.platform.RoutingFacts;
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
    private final RoutingFacts routingFacts;

    public CasusBindenListener(CasusBinding binding, RoutingFacts routingFacts) {
        this.binding = binding;
        this.routingFacts = routingFacts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (ZvhCasus.TOEGEVOEGD_AAN_CASUS.isSetOn(execution) && !ZvhCasus.CASUS_ID.isSetOn(execution)) {
            // The referral became an incident on the household's running case: nothing to bind, and
            // this instance ends at once (Gateway_LopendeCasus); the form's input leaves it.
            routingFacts.removeInput(execution);
            return;
        }
        binding.bind(execution);
        binding.afterStep(execution);
    }
}
