package nl.casusregie.proeftijd;

import java.util.ArrayList;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A probation changes only through its own instance: it is bound once to the proeftijd instance
 * that starts for it, and every step gets it here, checked against the instance and the house.
 * After each step its routing facts come from the stored probation (whatever a client submitted
 * along), and what people wrote leaves the instance.
 */
@Component
public class ProeftijdBinding {

    private final ProeftijdRepository proeftijden;
    private final RoutingFacts routingFacts;

    public ProeftijdBinding(ProeftijdRepository proeftijden, RoutingFacts routingFacts) {
        this.proeftijden = proeftijden;
        this.routingFacts = routingFacts;
    }

    public void bind(DelegateExecution execution) {
        Long id = Proeftijd.PROEFTIJD_ID.from(execution);
        if (id == null || !proeftijden.bind(id, execution.getTenantId(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId())) {
            throw nietVanDezeInstantie();
        }
    }

    /** The probation this instance follows, in its house. */
    public ProeftijdRepository.Gegevens proeftijd(DelegateExecution execution) {
        return proeftijden.ofInstance(execution.getProcessInstanceId(), execution.getTenantId())
                .orElseThrow(ProeftijdBinding::nietVanDezeInstantie);
    }

    /** The probation's routing facts from its row, on the instance; everything else people wrote is removed. */
    public void afterStep(DelegateExecution execution) {
        ProeftijdRepository.Gegevens proeftijd = proeftijd(execution);
        DelegateExecution instance = execution.getProcessInstance();
        Proeftijd.PROEFTIJD_ID.set(instance, proeftijd.id());
        Proeftijd.PROEFTIJDNUMMER.set(instance, proeftijd.nummer());
        Proeftijd.CASUSNUMMER.set(instance, proeftijd.casusnummer());
        Proeftijd.HUIS.set(instance, proeftijd.huis());
        Proeftijd.TOEZICHTHOUDER.set(instance, proeftijd.toezichthouder());
        Proeftijd.RISICO.set(instance, proeftijd.risico());
        Proeftijd.EINDDATUM.set(instance, EngineKlok.beginVan(proeftijd.einddatum()));
        Proeftijd.VOORWAARDE_IDS.set(instance, new ArrayList<>(proeftijden.geldend(proeftijd.id()).stream()
                .map(ProeftijdRepository.Voorwaarde::id).toList()));
        routingFacts.removeInput(execution);
    }

    static OngeldigeInvoerException nietVanDezeInstantie() {
        return new OngeldigeInvoerException("proeftijd", "Deze proeftijd hoort niet bij dit proces of dit Zorg- en Veiligheidshuis.");
    }
}
