package nl.casusregie.actieoverleg;

import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the case on the next open session of the Actie-Overleg; the session's times steer the timers and due dates. */
@Component("actieOverlegAgenderen")
public class OpAgendaZettenDelegate implements JavaDelegate {

    private final AgendaService agenda;
    private final ActieOverlegBinding binding;

    public OpAgendaZettenDelegate(AgendaService agenda, ActieOverlegBinding binding) {
        this.agenda = agenda;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ActieOverlegRepository.Zaak zaak = binding.zaak(execution);
        Agendapunt punt = agenda.zetOpAgenda(Tafel.ACTIE_OVERLEG, zaak.huis(), zaak.nummer(), execution.getProcessInstanceId());
        Sessie.zet(execution, punt);
        binding.naStap(execution);
    }
}
