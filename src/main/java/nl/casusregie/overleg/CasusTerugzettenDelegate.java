package nl.casusregie.overleg;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A broken minimum condition puts the case of this follow-up back in phase 1 (directe veiligheid). */
@Component("casusTerugzetten")
public class CasusTerugzettenDelegate implements JavaDelegate {

    private final BodemeisService service;
    private final CurrentUser currentUser;

    public CasusTerugzettenDelegate(BodemeisService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.zetCasusTerug(execution.getProcessInstanceId(), execution.getTenantId(), currentUser.userIdOrSystem());
    }
}
