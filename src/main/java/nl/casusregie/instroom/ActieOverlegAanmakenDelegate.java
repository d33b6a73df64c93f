package nl.casusregie.instroom;

import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.actieoverleg.ActieOverlegBinding;
import nl.casusregie.actieoverleg.ActieOverlegMelding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Actie-Overleg-casus aanmaken": a report routed to the Actie-Overleg becomes its case in this same
 * instance, so the reporter's instance goes on to the agenda; from here on the case's number is the key.
 */
@Component("actieOverlegUitMelding")
public class ActieOverlegAanmakenDelegate implements JavaDelegate {

    private final MeldingService service;
    private final MeldingBinding binding;
    private final ActieOverlegBinding actieOverlegBinding;

    public ActieOverlegAanmakenDelegate(MeldingService service, MeldingBinding binding, ActieOverlegBinding actieOverlegBinding) {
        this.service = service;
        this.binding = binding;
        this.actieOverlegBinding = actieOverlegBinding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ActieOverlegMelding.Gemeld gemeld = service.meldActieOverleg(binding.melding(execution));
        ActieOverleg.ACTIE_OVERLEG_ID.set(execution, gemeld.id());
        actieOverlegBinding.bind(execution);
        execution.setProcessBusinessKey(gemeld.nummer());
        binding.naStap(execution);
    }
}
