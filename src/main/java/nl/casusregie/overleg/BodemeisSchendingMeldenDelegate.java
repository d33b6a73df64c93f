package nl.casusregie.overleg;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A broken minimum condition goes to its case as a new incident (message NieuwIncident on zvh-casus). */
@Component("bodemeisSchendingMelden")
public class BodemeisSchendingMeldenDelegate implements JavaDelegate {

    private final BodemeisService service;

    public BodemeisSchendingMeldenDelegate(BodemeisService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.meldSchending(execution.getProcessInstanceId(), execution.getTenantId());
    }
}
