package nl.casusregie.huisverbod;

import java.time.LocalDateTime;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an order the mayor imposed: checks it, links it to the household's case (or refers the
 * household), stores it with its people and the two help tasks' rows, and has the engine start its
 * huisverbod instance through the contract message HuisverbodOpgelegd. Nobody correlates that
 * message over the engine's REST API; the caller (the API) checked that the user is the house's
 * municipality. All of it in one transaction: a refusal stores nothing.
 */
@Service
public class HuisverbodRegistratie {

    /** What the mayor's office gets back: the order, the case it belongs to, when it ends, and whether a referral started. */
    public record Geregistreerd(long id, String casusnummer, LocalDateTime eindigtOp, boolean aanmeldingGestart) {
    }

    private final HuisverbodInvoer invoer;
    private final CasusVoorHuisverbod casusVoorHuisverbod;
    private final HuisverbodRepository huisverboden;
    private final AuditLog auditLog;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;

    HuisverbodRegistratie(HuisverbodInvoer invoer, CasusVoorHuisverbod casusVoorHuisverbod, HuisverbodRepository huisverboden,
                          AuditLog auditLog, RuntimeService runtimeService, SystemAction systemAction) {
        this.invoer = invoer;
        this.casusVoorHuisverbod = casusVoorHuisverbod;
        this.huisverboden = huisverboden;
        this.auditLog = auditLog;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
    }

    @Transactional
    public Geregistreerd registreer(HuisverbodRequest verzoek, String userId, String huis) {
        invoer.controleer(verzoek);
        controleerMoment(verzoek.opgelegdOp());
        Aanmelder gemeente = new Aanmelder(userId, PartnerGroup.GEMEENTE.id(), huis);
        CasusVoorHuisverbod.Koppeling koppeling = casusVoorHuisverbod.voor(verzoek, gemeente);
        long casusId = koppeling.casus().id();
        if (huisverboden.lopendOpgelegd(casusId, verzoek.opgelegdOp())) {
            throw invoer.ongeldig("opgelegdOp", "voor deze casus loopt al een huisverbod dat op dit moment is opgelegd");
        }
        LocalDateTime eindigtOp = verzoek.opgelegdOp().plusDays(Huisverbod.DAGEN);
        long id = huisverboden.insert(huis, casusId, verzoek.opgelegdOp(), userId, gemeente.groep(),
                koppeling.aanmeldingGestart(), eindigtOp);
        huisverboden.insertPersoon(id, HuisverbodRepository.UITHUISGEPLAATSTE, verzoek.uithuisgeplaatste());
        verzoek.achterblijvers().forEach(achterblijver -> huisverboden.insertPersoon(id, HuisverbodRepository.ACHTERBLIJVER,
                achterblijver));
        for (HulpVoor voor : HulpVoor.values()) {
            huisverboden.insertHulp(id, voor);
        }
        auditLog.record(huis, "HUISVERBOD_OPGELEGD", casusId, "huisverbod " + id + ", opgelegd " + verzoek.opgelegdOp()
                + (koppeling.aanmeldingGestart() ? ", aanmelding gestart" : ", bij lopende casus"));
        String casusnummer = koppeling.casus().nummer();
        // The user may not correlate into the engine; the system does, for this one order.
        systemAction.run(() -> runtimeService.createMessageCorrelation(Huisverbod.MESSAGE_OPGELEGD)
                .processInstanceBusinessKey(casusnummer)
                .setVariable(Huisverbod.HUISVERBOD_ID.name(), id)
                .setVariable(Huisverbod.HUIS.name(), huis)
                .setVariable(Huisverbod.CASUSNUMMER.name(), casusnummer)
                .setVariable(Huisverbod.OPGELEGD_OP.name(), Momenten.alsDate(verzoek.opgelegdOp()))
                .setVariable(Huisverbod.EINDE_HUISVERBOD.name(), Momenten.alsDate(eindigtOp))
                .correlateStartMessage());
        return new Geregistreerd(id, casusnummer, eindigtOp, koppeling.aanmeldingGestart());
    }

    /** Imposed in the past, and not so long ago that its ten days have already run out. */
    private void controleerMoment(LocalDateTime opgelegdOp) {
        LocalDateTime nu = LocalDateTime.now();
        if (opgelegdOp.isAfter(nu)) {
            throw invoer.ongeldig("opgelegdOp", "ligt in de toekomst");
        }
        if (!opgelegdOp.plusDays(Huisverbod.DAGEN).isAfter(nu)) {
            throw invoer.ongeldig("opgelegdOp", "ligt " + Huisverbod.DAGEN + " dagen of langer terug: het huisverbod is dan al afgelopen");
        }
    }
}
