package nl.casusregie.overleg;

import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of focusoverleg: plans the case's next round, bound to this instance, and sets
 * by when the chair must have planned it (the next meeting on the clock, {@link PlanTermijn}).
 */
@Component("overlegPlannen")
public class OverlegPlannenListener implements ExecutionListener {

    private final OverlegService service;
    private final CasusBinding binding;
    private final PlanTermijn planTermijn;

    public OverlegPlannenListener(OverlegService service, CasusBinding binding, PlanTermijn planTermijn) {
        this.service = service;
        this.binding = binding;
        this.planTermijn = planTermijn;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Casus casus = binding.casus(execution);
        OverlegRepository.Ronde ronde = service.plan(casus.id(), casus.fase(), execution.getProcessInstanceId());
        Focusoverleg.OVERLEG_ID.set(execution, ronde.id());
        Focusoverleg.PLAN_UITERLIJK.set(execution, planTermijn.uiterlijk(casus.id()));
        binding.afterStep(execution);
    }
}
