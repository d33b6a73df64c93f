package nl.casusregie.huisverbod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The order has ended: its case goes on the agenda as a new incident. Runs after a save point
 * (asyncBefore in the model), so a failed report is retried and then shows as an incident in
 * Cockpit, while the recorded end stays.
 */
@Component("huisverbodOpAgendaZetten")
public class OpAgendaZettenDelegate implements JavaDelegate {

    private final EindeOpAgenda eindeOpAgenda;
    private final HuisverbodBinding binding;

    public OpAgendaZettenDelegate(EindeOpAgenda eindeOpAgenda, HuisverbodBinding binding) {
        this.eindeOpAgenda = eindeOpAgenda;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        eindeOpAgenda.zetOpAgenda(binding.verbod(execution));
        binding.naStap(execution);
    }
}
