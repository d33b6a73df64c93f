package nl.casusregie.instroom;

import nl.casusregie.actieoverleg.ActieOverleg;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of "Route bevestigen": keeps the advice the business rule task just gave (route and
 * reason from instroom-route) with the report, so the report shows it wherever it shows.
 */
@Component("routeAdviesVastleggen")
public class RouteAdviesVastleggenListener implements TaskListener {

    private final MeldingService service;
    private final MeldingBinding binding;

    public RouteAdviesVastleggenListener(MeldingService service, MeldingBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        service.legAdviesVast(binding.melding(execution), ActieOverleg.ADVIES_ROUTE.from(execution),
                ActieOverleg.ADVIES_REDEN.from(execution));
        binding.naStap(execution);
    }
}
