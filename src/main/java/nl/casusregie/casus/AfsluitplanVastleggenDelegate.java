package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the closing plan; a case closes only with one. */
@Component("afsluitplanVastleggen")
public class AfsluitplanVastleggenDelegate implements JavaDelegate {

    private final CasusService service;
    private final CurrentUser currentUser;

    public AfsluitplanVastleggenDelegate(CasusService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.legAfsluitplanVast(CASUS_ID.from(execution), AFSLUITPLAN.from(execution), OVERDRACHT_AAN.from(execution));
    }
}
