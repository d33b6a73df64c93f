package nl.casusregie.actieoverleg;

import java.util.Set;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.Invoercontrole;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the two bundling tasks: stores the side's facts (which side is decided by the
 * task, not by a submitted variable); Veilig Thuis also whether probation knows the perpetrator.
 */
@Component("actieOverlegFeitenVastleggen")
public class FeitenVastleggenListener implements TaskListener {

    private static final Set<String> RECLASSERING = Set.of("JA", "NEE", "ONBEKEND");
    private static final int MAX_FEITEN = 4000;

    private final ActieOverlegRepository zaken;
    private final ActieOverlegBinding binding;
    private final Invoercontrole invoer;
    private final AuditLog auditLog;

    public FeitenVastleggenListener(ActieOverlegRepository zaken, ActieOverlegBinding binding, Invoercontrole invoer,
                                    AuditLog auditLog) {
        this.zaken = zaken;
        this.binding = binding;
        this.invoer = invoer;
        this.auditLog = auditLog;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        ActieOverlegRepository.Zaak zaak = binding.zaak(execution);
        boolean veiligThuis = ActieOverleg.Element.FEITEN_VEILIG_THUIS.equals(task.getTaskDefinitionKey());
        if (veiligThuis) {
            String feiten = feiten(execution, ActieOverleg.FEITEN_VEILIG_THUIS.name());
            String bekend = ActieOverleg.BEKEND_BIJ_RECLASSERING.from(execution);
            if (bekend == null || !RECLASSERING.contains(bekend)) {
                throw invoer.ongeldig(ActieOverleg.BEKEND_BIJ_RECLASSERING.name(), "kies ja, nee of onbekend");
            }
            zaken.feitenVeiligThuis(zaak.id(), feiten, bekend);
        } else if (ActieOverleg.Element.FEITEN_POLITIE.equals(task.getTaskDefinitionKey())) {
            zaken.feitenPolitie(zaak.id(), feiten(execution, ActieOverleg.FEITEN_POLITIE.name()));
        } else {
            throw new IllegalStateException("actieOverlegFeitenVastleggen hoort bij de feitentaken, niet bij " + task.getTaskDefinitionKey());
        }
        auditLog.record(zaak.huis(), "ACTIE_OVERLEG_FEITEN", zaak.casusId(), zaak.nummer() + (veiligThuis ? ", Veilig Thuis" : ", politie"));
        binding.naStap(execution);
    }

    private String feiten(DelegateExecution execution, String veld) {
        Object waarde = execution.getVariable(veld);
        if (!(waarde instanceof String tekst) || tekst.isBlank()) {
            throw invoer.ongeldig(veld, "vat de feiten samen die uw organisatie kent");
        }
        invoer.maxLengte(veld, tekst, MAX_FEITEN);
        return tekst.strip();
    }
}
