package nl.casusregie.proeftijd;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the household's case on the agenda with the breach just reported, as a new incident (bron PROEFTIJD). */
@Component("overtredingAgenderen")
public class OvertredingAgenderenDelegate implements JavaDelegate {

    private final ProeftijdBinding binding;
    private final ToezichtService service;

    public OvertredingAgenderenDelegate(ProeftijdBinding binding, ToezichtService service) {
        this.binding = binding;
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.agendeer(binding.proeftijd(execution), Proeftijd.OVERTREDING_ID.from(execution));
    }
}
