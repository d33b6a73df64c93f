package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.FormLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the preparation task: stores what the clients want discussed, for the
 * household and per member, as the task completes (a refusal rolls the completion back), so
 * it does not wait in the engine until the meeting is recorded.
 */
@Component("voorbereidingVastleggen")
public class VoorbereidingVastleggenListener implements TaskListener {

    private final OverlegService service;
    private final CasusBinding binding;
    private final FormLists formLists;

    public VoorbereidingVastleggenListener(OverlegService service, CasusBinding binding, FormLists formLists) {
        this.service = service;
        this.binding = binding;
        this.formLists = formLists;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        service.legVoorbereidingVast(execution.getProcessInstanceId(), binding.casus(execution).id(),
                new Voorbereiding(WENSEN_CLIENTEN.from(execution), DEELNAME_CLIENTEN.from(execution),
                        VERTROUWENSPERSOON.from(execution), HOOP_CLIENTEN.from(execution),
                        formLists.read(execution, LEDEN.name(), LID_RIJEN, Voorbereiding.Lid.class)));
        binding.afterStep(execution);
    }
}
