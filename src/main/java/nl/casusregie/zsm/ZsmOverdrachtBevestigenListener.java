package nl.casusregie.zsm;

import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Complete listener of "Overdracht bevestigen": the receiving group (the task's group) confirms it started. */
@Component("zsmOverdrachtBevestigen")
public class ZsmOverdrachtBevestigenListener implements TaskListener {

    private final ZsmService service;
    private final ZsmBinding binding;
    private final CurrentUser currentUser;

    public ZsmOverdrachtBevestigenListener(ZsmService service, ZsmBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String groep = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("overdrachtToelichting", "Deze taak hoort bij geen partner."));
        service.bevestigOverdracht(binding.zaak(execution), groep, currentUser.userIdOrSystem(),
                ZsmVerdieping.OVERDRACHT_TOELICHTING.from(execution));
        binding.naStap(execution);
    }
}
