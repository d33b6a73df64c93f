package nl.casusregie.huisverbod;

import java.time.LocalDateTime;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.SystemAction;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lifts a running order early (intrekken): records why and by whom, then has the engine end the
 * order's running part through the message HuisverbodIngetrokken, which puts the case on the agenda
 * as for any end. The caller (the API) checked that the user is the house's municipality.
 */
@Service
public class HuisverbodIntrekking {

    private static final int MAX_REDEN = 2000;

    private final HuisverbodRepository huisverboden;
    private final AuditLog auditLog;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;

    HuisverbodIntrekking(HuisverbodRepository huisverboden, AuditLog auditLog, RuntimeService runtimeService,
                         SystemAction systemAction) {
        this.huisverboden = huisverboden;
        this.auditLog = auditLog;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
    }

    /** 404 for an order that does not exist in the user's house. */
    @Transactional
    public void trekIn(long id, String huis, IntrekkingRequest verzoek, String door) {
        HuisverbodRepository.Verbod verbod = huisverboden.find(id, huis).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Huisverbod " + id + " niet gevonden"));
        String reden = verzoek == null ? null : verzoek.reden();
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException("reden", "Reden van de intrekking: is verplicht");
        }
        if (reden.length() > MAX_REDEN) {
            throw new OngeldigeInvoerException("reden", "Reden van de intrekking: is langer dan " + MAX_REDEN + " tekens");
        }
        if (!huisverboden.trekIn(id, reden.strip(), door, LocalDateTime.now())) {
            throw new OngeldigeInvoerException("huisverbod", "Huisverbod: is al beëindigd ("
                    + Woorden.woord(HuisverbodStatus.class, verbod.status().name()).toLowerCase(java.util.Locale.ROOT)
                    + (verbod.beeindigdOp() == null ? "" : " op " + Woorden.datumTijd(verbod.beeindigdOp())) + ")");
        }
        auditLog.record(huis, "HUISVERBOD_INGETROKKEN", verbod.casusId(), "huisverbod " + id);
        systemAction.run(() -> runtimeService.createMessageCorrelation(Huisverbod.MESSAGE_INGETROKKEN)
                .processInstanceId(verbod.procesInstantieId())
                .setVariable(Huisverbod.EINDE.name(), HuisverbodStatus.INGETROKKEN.name())
                .correlate());
    }
}
