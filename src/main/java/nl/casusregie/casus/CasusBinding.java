package nl.casusregie.casus;

import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * A case changes only through its own instance. The referral binds a new case to the
 * zvh-casus instance it starts (once); a called process (a meeting round) works on the case
 * of the instance that called it. Every delegate gets its case here, checked against the
 * instance and the house, never from the casusId variable alone. After a step has stored
 * its input, the case's routing facts are set from the stored case and what people wrote
 * leaves the instance.
 */
@Component
public class CasusBinding {

    private final CasusRepository casussen;
    private final RoutingFacts routingFacts;

    public CasusBinding(CasusRepository casussen, RoutingFacts routingFacts) {
        this.casussen = casussen;
        this.routingFacts = routingFacts;
    }

    /** Binds the referral's new case to the instance that the referral starts. */
    public void bind(DelegateExecution execution) {
        Long casusId = ZvhCasus.CASUS_ID.from(execution);
        if (casusId == null || !casussen.bind(casusId, execution.getTenantId(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId())) {
            throw notOfThisInstance();
        }
    }

    /** The case this instance works on, if instance, case and house agree; refused otherwise. */
    public Casus casus(DelegateExecution execution) {
        Casus casus = casussen.findByProcesInstantie(caseInstanceId(execution)).orElseThrow(CasusBinding::notOfThisInstance);
        Long claimed = ZvhCasus.CASUS_ID.from(execution);
        if (!casus.huis().equals(execution.getTenantId()) || claimed != null && claimed != casus.id()) {
            throw notOfThisInstance();
        }
        return casus;
    }

    /**
     * After a step stored its input: phase, approach and case director come from the case as
     * stored (whatever a client submitted along), and everything that is not a routing fact
     * leaves the instance.
     */
    public void afterStep(DelegateExecution execution) {
        Casus casus = casus(execution);
        set(execution, ZvhCasus.FASE.name(), casus.fase());
        set(execution, ZvhCasus.AANPAK.name(), casus.aanpak());
        set(execution, ZvhCasus.CASUSREGISSEUR.name(), casus.casusregisseur());
        routingFacts.removeInput(execution);
    }

    private static void set(VariableScope scope, String name, Object value) {
        if (value != null || scope.hasVariable(name)) {
            scope.setVariable(name, value);
        }
    }

    /** The zvh-casus instance at the top of the call chain. */
    private static String caseInstanceId(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getId();
    }

    private static OngeldigeInvoerException notOfThisInstance() {
        return new OngeldigeInvoerException("casus", "Deze casus hoort niet bij dit proces of dit Zorg- en Veiligheidshuis.");
    }
}
