package nl.casusregie.overleg;

import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of focusoverleg: plans the case's next round, bound to this instance. */
@Component("overlegPlannen")
public class OverlegPlannenListener implements ExecutionListener {

    private final OverlegService service;
    private final CasusBinding binding;

    public OverlegPlannenListener(OverlegService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Casus casus = binding.casus(execution);
        OverlegRepository.Ronde ronde = service.plan(casus.id(), casus.fase(), execution.getProcessInstanceId());
        Focusoverleg.OVERLEG_ID.set(execution, ronde.id());
        binding.afterStep(execution);
    }
}
