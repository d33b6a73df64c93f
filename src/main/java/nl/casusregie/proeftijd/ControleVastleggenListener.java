package nl.casusregie.proeftijd;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of a check task: records the report on the condition the task was created for
 * (not on one a submitted variable names); a breach becomes the breach the next steps hand on.
 */
@Component("controleVastleggen")
public class ControleVastleggenListener implements TaskListener {

    private final ProeftijdBinding binding;
    private final ToezichtService service;
    private final CurrentUser currentUser;

    public ControleVastleggenListener(ProeftijdBinding binding, ToezichtService service, CurrentUser currentUser) {
        this.binding = binding;
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        ToezichtService.Controleverslag verslag = service.legControleVast(binding.proeftijd(execution), task.getId(),
                Proeftijd.CONTROLE_UITKOMST.from(execution), Proeftijd.CONTROLE_BEVINDINGEN.from(execution),
                currentUser.userIdOrSystem());
        Proeftijd.VOORWAARDE_ID.set(execution, verslag.voorwaarde().id());
        Proeftijd.VOORWAARDE_SOORT.set(execution, verslag.voorwaarde().soort());
        Proeftijd.CONTROLE_UITKOMST.set(execution, verslag.uitkomst().name());
        if (verslag.overtredingId() != null) {
            Proeftijd.OVERTREDING_ID.set(execution.getProcessInstance(), verslag.overtredingId());
        }
        binding.afterStep(execution);
    }
}
