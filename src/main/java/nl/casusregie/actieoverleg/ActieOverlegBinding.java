package nl.casusregie.actieoverleg;

import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A case changes only through its own instance: its report binds it to the instance it starts
 * (once), and every step gets its case by the instance and its house, never from the id variable
 * alone. After a step the routing facts come from the stored case and what people wrote leaves.
 * Public for the report's routing (nl.casusregie.instroom), which binds the case it creates or
 * the one POSTed to /api/actie-overleggen to its instance.
 */
@Component
public class ActieOverlegBinding {

    private final ActieOverlegRepository zaken;
    private final RoutingFacts routingFacts;

    ActieOverlegBinding(ActieOverlegRepository zaken, RoutingFacts routingFacts) {
        this.zaken = zaken;
        this.routingFacts = routingFacts;
    }

    public void bind(DelegateExecution execution) {
        Long id = ActieOverleg.ACTIE_OVERLEG_ID.from(execution);
        if (id == null || !zaken.bind(id, execution.getTenantId(), execution.getProcessInstanceId())) {
            throw nietVanDitProces();
        }
    }

    ActieOverlegRepository.Zaak zaak(DelegateExecution execution) {
        return zaken.ofInstance(execution.getProcessInstanceId(), execution.getTenantId())
                .orElseThrow(ActieOverlegBinding::nietVanDitProces);
    }

    /** After a step: the case's routing facts from the table, and nothing people wrote left in the instance. */
    void naStap(DelegateExecution execution) {
        ActieOverlegRepository.Zaak zaak = zaak(execution);
        ActieOverleg.ACTIE_OVERLEG_ID.set(execution, zaak.id());
        ActieOverleg.HUIS.set(execution, zaak.huis());
        ActieOverleg.NUMMER.set(execution, zaak.nummer());
        routingFacts.removeInput(execution);
    }

    private static OngeldigeInvoerException nietVanDitProces() {
        return new OngeldigeInvoerException("actieOverleg", "Deze casus hoort niet bij dit proces of dit Zorg- en Veiligheidshuis.");
    }
}
