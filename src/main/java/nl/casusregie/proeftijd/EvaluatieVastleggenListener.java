package nl.casusregie.proeftijd;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of the closing evaluation: records it and closes the probation. */
@Component("evaluatieVastleggen")
public class EvaluatieVastleggenListener implements TaskListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;
    private final CurrentUser currentUser;

    public EvaluatieVastleggenListener(ProeftijdBinding binding, ToezichtService service, CurrentUser currentUser) {
        this.binding = binding;
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        service.legEvaluatieVast(binding.proeftijd(execution), Proeftijd.EVALUATIE_UITKOMST.from(execution),
                Proeftijd.EVALUATIE.from(execution), currentUser.userIdOrSystem());
        binding.afterStep(execution);
    }
}
