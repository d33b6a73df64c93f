package nl.casusregie.overleg;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.RoutingFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the owner's outcome of an agreement on the agreement bound to this follow-up, in this
 * house: done, not done because circumstances changed, or not done by the agency, always with why.
 */
@Component("afspraakUitkomstVastleggen")
public class AfspraakUitkomstVastleggenDelegate implements JavaDelegate {

    static final Set<String> UITKOMSTEN = Set.of("GEDAAN", "OMSTANDIGHEDEN_GEWIJZIGD", "NIET_GEDAAN");
    private static final int MAX_TOELICHTING = 2000;

    private final AfspraakRepository afspraken;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final RoutingFacts routingFacts;
    private final Invoercontrole invoer;

    public AfspraakUitkomstVastleggenDelegate(AfspraakRepository afspraken, AuditLog auditLog, CurrentUser currentUser,
                                              RoutingFacts routingFacts, Invoercontrole invoer) {
        this.afspraken = afspraken;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.routingFacts = routingFacts;
        this.invoer = invoer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AfspraakRepository.Gemaakt afspraak = afspraken.ofInstance(execution.getProcessInstanceId(), execution.getTenantId())
                .orElseThrow(() -> new OngeldigeInvoerException("afspraak", "Deze afspraak hoort niet bij dit proces."));
        String uitkomst = AfspraakOpvolging.UITKOMST.from(execution);
        String toelichting = AfspraakOpvolging.TOELICHTING.from(execution);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (uitkomst == null || !UITKOMSTEN.contains(uitkomst)) {
            fout(fouten, AfspraakOpvolging.UITKOMST.name(), "kies of de afspraak gedaan is, en zo niet, waarom niet");
        }
        if (toelichting == null || toelichting.isBlank()) {
            fout(fouten, AfspraakOpvolging.TOELICHTING.name(), "zeg wat er gedaan is, of waarom niet");
        } else if (toelichting.length() > MAX_TOELICHTING) {
            fout(fouten, AfspraakOpvolging.TOELICHTING.name(), "is langer dan " + MAX_TOELICHTING + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        afspraken.close(afspraak.id(), uitkomst, toelichting.strip(), currentUser.userIdOrSystem(), LocalDateTime.now());
        auditLog.record(afspraak.huis(), "AFSPRAAK_AFGEROND", afspraak.casusId(), uitkomst);
        routingFacts.removeInput(execution);
    }

    /** The refusal of one field, named as the form labels it. */
    private void fout(Map<String, String> fouten, String veld, String melding) {
        fouten.putAll(invoer.ongeldig(veld, melding).fouten());
    }
}
