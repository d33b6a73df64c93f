package nl.casusregie.overleg;

import static nl.casusregie.overleg.Focusoverleg.*;

import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Complete listener of a partner's contribution task. The partner is the task's candidate
 * group as the engine created it, not a variable a form could overwrite.
 */
@Component("bijdrageVastleggen")
public class BijdrageVastleggenListener implements TaskListener {

    private final OverlegService service;
    private final CasusBinding binding;
    private final CurrentUser currentUser;

    public BijdrageVastleggenListener(OverlegService service, CasusBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String partner = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("partner", "Deze taak hoort bij geen partner."));
        service.legBijdrageVast(execution.getProcessInstanceId(), binding.casus(execution).id(), partner,
                new Bijdrage(GRONDSLAG.from(execution), INFORMATIE.from(execution), WEIGERING.from(execution)),
                currentUser.userIdOrSystem());
        binding.afterStep(execution);
    }
}
