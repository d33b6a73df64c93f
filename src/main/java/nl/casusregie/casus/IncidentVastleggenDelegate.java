package nl.casusregie.casus;

import static nl.casusregie.casus.ZvhCasus.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of the event subprocess Nieuw incident: records the message's incident on the case
 * of this instance, once per key. What it found (new, reported before, case not running), the
 * incident and the partner groups to tell are kept local to this run of the subprocess, since
 * several incidents can be open at once; the message's texts leave the instance.
 */
@Component("incidentVastleggen")
public class IncidentVastleggenDelegate implements JavaDelegate {

    private final IncidentService service;
    private final CasusBinding binding;

    public IncidentVastleggenDelegate(IncidentService service, CasusBinding binding) {
        this.service = service;
        this.binding = binding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncidentService.Vastgelegd vastgelegd = service.legVast(binding.casus(execution), INCIDENT_BRON.from(execution),
                INCIDENT_OMSCHRIJVING.from(execution), INCIDENT_SLEUTEL.from(execution),
                INCIDENT_GEMELD_DOOR.from(execution), INCIDENT_GEMELD_DOOR_GROEP.from(execution));
        execution.setVariableLocal(INCIDENT_STATUS.name(), vastgelegd.status().name());
        execution.setVariableLocal(INCIDENT_ID.name(), vastgelegd.incidentId());
        execution.setVariableLocal(INCIDENT_PARTNERS.name(), vastgelegd.teInformeren());
        binding.afterStep(execution);
    }
}
