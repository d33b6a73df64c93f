package nl.casusregie.casus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with its approved closing plan; aftercare starts. */
@Component("casusAfsluiten")
public class CasusAfsluitenDelegate implements JavaDelegate {

    private final CasusService service;

    public CasusAfsluitenDelegate(CasusService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.sluitAf(ZvhCasus.CASUS_ID.from(execution));
    }
}
