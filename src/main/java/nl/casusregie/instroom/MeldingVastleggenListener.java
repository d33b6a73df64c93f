package nl.casusregie.instroom;

import java.util.HashMap;
import java.util.Map;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.actieoverleg.ActieOverlegBinding;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.FormLists;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of actie-overleg. A case POSTed to /api/actie-overleggen arrives stored: the reporter
 * chose the Actie-Overleg, so it is bound to this instance and goes straight to the agenda. Anything
 * else is a new report to route: from the Tasklist start form it is checked and stored as the API
 * does and the instance gets the report's number as business key; a report entered over the API
 * arrives stored. Either way it is bound to this instance once, and the facts instroom-route reads
 * come from the stored report. Invalid input throws, so Tasklist shows the message and nothing starts.
 */
@Component("meldingVastleggen")
public class MeldingVastleggenListener implements ExecutionListener {

    private final MeldingService service;
    private final MeldingBinding binding;
    private final CurrentUser currentUser;
    private final FormLists formLists;
    private final ActieOverlegBinding actieOverlegBinding;

    public MeldingVastleggenListener(MeldingService service, MeldingBinding binding, CurrentUser currentUser,
                                     FormLists formLists, ActieOverlegBinding actieOverlegBinding) {
        this.service = service;
        this.binding = binding;
        this.currentUser = currentUser;
        this.formLists = formLists;
        this.actieOverlegBinding = actieOverlegBinding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (ActieOverleg.ACTIE_OVERLEG_ID.isSetOn(execution)) {
            ActieOverleg.INGANG.set(execution, ActieOverleg.INGANG_ACTIE_OVERLEG);
            actieOverlegBinding.bind(execution);
            return;
        }
        ActieOverleg.INGANG.set(execution, ActieOverleg.INGANG_MELDING);
        if (!ActieOverleg.MELDING_ID.isSetOn(execution)) {
            MeldingRepository.Melding melding = service.registreer(execution.getTenantId(), read(execution),
                    currentUser.userId(), currentUser.groups());
            ActieOverleg.MELDING_ID.set(execution, melding.id());
            execution.setProcessBusinessKey(melding.nummer());
        }
        binding.bind(execution);
        binding.naStap(execution);
    }

    private MeldingRequest read(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(MeldingRequest.BETROKKENEN, formLists.json(execution, MeldingRequest.BETROKKENEN,
                ActieOverleg.BETROKKENE_RIJEN));
        for (String veld : Meldingsfeiten.LABELS.keySet()) {
            Object waarde = execution.getVariable(veld);
            // An empty choice (no region) arrives as an empty text from the form.
            fields.put(veld, waarde instanceof String tekst && tekst.isBlank() ? null : waarde);
        }
        fields.put(ActieOverleg.WAT_GEBEURD.name(), ActieOverleg.WAT_GEBEURD.from(execution));
        return formLists.convert(fields, MeldingRequest.class);
    }
}
