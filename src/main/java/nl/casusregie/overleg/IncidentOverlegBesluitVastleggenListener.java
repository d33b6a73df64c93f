package nl.casusregie.overleg;

import static nl.casusregie.casus.ZvhCasus.*;

import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusBinding;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the chair's task after a new incident: stores the earlier meeting or why the
 * next one stays, on this run's incident (a refusal keeps the task open), and moves a round still
 * waiting for its plan to the earlier deadline.
 */
@Component("incidentOverlegBesluitVastleggen")
public class IncidentOverlegBesluitVastleggenListener implements TaskListener {

    private final VervroegingService service;
    private final PlanTermijn planTermijn;
    private final CasusBinding binding;
    private final FormValues formValues;
    private final CurrentUser currentUser;

    public IncidentOverlegBesluitVastleggenListener(VervroegingService service, PlanTermijn planTermijn, CasusBinding binding,
                                                    FormValues formValues, CurrentUser currentUser) {
        this.service = service;
        this.planTermijn = planTermijn;
        this.binding = binding;
        this.formValues = formValues;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Casus casus = binding.casus(execution);
        service.legVast(casus, INCIDENT_ID.from(execution), formValues.datum(execution, VERVROEGD_OVERLEG.name()),
                VERVROEGING_REDEN.from(execution), currentUser.userIdOrSystem());
        planTermijn.vervroeg(execution.getProcessInstanceId(), casus.id());
        binding.afterStep(execution);
    }
}
