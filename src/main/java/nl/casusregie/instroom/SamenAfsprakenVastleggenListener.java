package nl.casusregie.instroom;

import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the joint tasks (Samen op in Acuut, strafbare kindermishandeling): what the
 * partners agreed and the table that follows. The group is the completing user's among the task's
 * candidate groups, not a variable a form could set.
 */
@Component("samenAfsprakenVastleggen")
public class SamenAfsprakenVastleggenListener implements TaskListener {

    private final MeldingService service;
    private final MeldingBinding binding;
    private final CurrentUser currentUser;

    public SamenAfsprakenVastleggenListener(MeldingService service, MeldingBinding binding, CurrentUser currentUser) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        var groepen = currentUser.groups();
        String groep = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).filter(groepen::contains).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException(ActieOverleg.AFSPRAKEN.name(),
                        "Deze taak hoort niet bij uw organisatie."));
        service.legSamenVast(binding.melding(execution), groep, ActieOverleg.AFSPRAKEN.from(execution),
                ActieOverleg.VERVOLG_KEUZE.from(execution), currentUser.userIdOrSystem());
        binding.naStap(execution);
    }
}
