package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.CasusBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the preparation task: stores what the clients want discussed as the
 * task completes (a refusal rolls the completion back), so it does not wait in the engine
 * until the meeting is recorded.
 */
@Component("voorbereidingVastleggen")
public class VoorbereidingVastleggenListener implements TaskListener {

    private final OverlegService service;
    private final CasusBinding binding;

    public VoorbereidingVastleggenListener(OverlegService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        service.legVoorbereidingVast(execution.getProcessInstanceId(), binding.casus(execution).id(),
                new Voorbereiding(WENSEN_CLIENTEN.from(execution), DEELNAME_CLIENTEN.from(execution),
                        VERTROUWENSPERSOON.from(execution)));
        binding.afterStep(execution);
    }
}
