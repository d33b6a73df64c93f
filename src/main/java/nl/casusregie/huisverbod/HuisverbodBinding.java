package nl.casusregie.huisverbod;

import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * An order changes only through its own instance: its registration binds it to the huisverbod
 * instance it starts (once), and every step gets its order here, by the instance and its house,
 * never from the huisverbodId variable alone. After a step the routing facts are set from the
 * stored order, whatever a client submitted along (a task completed with a later
 * eindeHuisverbod does not move a timer), and what people wrote leaves the instance.
 */
@Component
class HuisverbodBinding {

    private final HuisverbodRepository huisverboden;
    private final RoutingFacts routingFacts;

    HuisverbodBinding(HuisverbodRepository huisverboden, RoutingFacts routingFacts) {
        this.huisverboden = huisverboden;
        this.routingFacts = routingFacts;
    }

    /** Binds the registered order to the instance its registration starts. */
    void bind(DelegateExecution execution) {
        Long id = Huisverbod.HUISVERBOD_ID.from(execution);
        if (id == null || !huisverboden.bind(id, execution.getTenantId(), execution.getProcessInstanceId())) {
            throw nietVanDitProces();
        }
    }

    /** The order this instance works on, if instance and house agree; refused otherwise. */
    HuisverbodRepository.Verbod verbod(DelegateExecution execution) {
        return huisverboden.ofInstance(execution.getProcessInstanceId(), execution.getTenantId())
                .orElseThrow(HuisverbodBinding::nietVanDitProces);
    }

    /** After a step: the routing facts from the stored order, and nothing people wrote left in the instance. */
    void naStap(DelegateExecution execution) {
        HuisverbodRepository.Verbod verbod = verbod(execution);
        Huisverbod.HUISVERBOD_ID.set(execution, verbod.id());
        Huisverbod.HUIS.set(execution, verbod.huis());
        Huisverbod.CASUSNUMMER.set(execution, verbod.casusnummer());
        Huisverbod.OPGELEGD_OP.set(execution, Momenten.alsDate(verbod.opgelegdOp()));
        Huisverbod.EINDE_HUISVERBOD.set(execution, Momenten.alsDate(verbod.eindigtOp()));
        Huisverbod.VERLENGINGSBESLUIT.set(execution, verbod.besluit() == null ? null : verbod.besluit().name());
        Huisverbod.EINDE.set(execution, verbod.status() == HuisverbodStatus.LOPEND ? null : verbod.status().name());
        routingFacts.removeInput(execution);
    }

    private static OngeldigeInvoerException nietVanDitProces() {
        return new OngeldigeInvoerException("huisverbod", "Dit huisverbod hoort niet bij dit proces of dit Zorg- en Veiligheidshuis.");
    }
}
