package nl.casusregie.huisverbod;

import java.time.LocalDateTime;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.casus.IncidentStatus;
import nl.casusregie.platform.Woorden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * When an order ends (it ran out, with or without extension, expired without a decision, or was
 * lifted), the household's case goes on the agenda as a new incident: immediate safety is
 * re-assessed now that the barred person may come home. The description says how the order ended,
 * never who the people are.
 */
@Service
public class EindeOpAgenda {

    private static final Logger log = LoggerFactory.getLogger(EindeOpAgenda.class);

    private final IncidentService incidenten;
    private final HuisverbodRepository huisverboden;
    private final AuditLog auditLog;

    EindeOpAgenda(IncidentService incidenten, HuisverbodRepository huisverboden, AuditLog auditLog) {
        this.incidenten = incidenten;
        this.huisverboden = huisverboden;
        this.auditLog = auditLog;
    }

    public void zetOpAgenda(HuisverbodRepository.Verbod verbod) {
        if (verbod.status() == HuisverbodStatus.LOPEND) {
            throw new IllegalStateException("Huisverbod " + verbod.id() + " loopt nog; pas het einde gaat op de agenda");
        }
        IncidentService.Uitkomst uitkomst = incidenten.meld(new IncidentService.Incident(verbod.casusnummer(), verbod.huis(),
                IncidentBron.HUISVERBOD, omschrijving(verbod), sleutel(verbod)));
        if (uitkomst.status() == IncidentStatus.GEEN_LOPENDE_CASUS) {
            // The order still ends; only the case is no longer there to re-assess it.
            log.warn("Einde van huisverbod {}: {}", verbod.id(), uitkomst.melding());
        }
        huisverboden.opAgendaGezet(verbod.id(), LocalDateTime.now());
        auditLog.record(verbod.huis(), "HUISVERBOD_OP_AGENDA", verbod.casusId(), "huisverbod " + verbod.id());
    }

    /** The same end reported twice is one incident: the order's id with "einde". */
    static String sleutel(HuisverbodRepository.Verbod verbod) {
        return "huisverbod-" + verbod.id() + "-einde";
    }

    static String omschrijving(HuisverbodRepository.Verbod verbod) {
        String huisverbod = "Het tijdelijk huisverbod (opgelegd " + Woorden.datumTijd(verbod.opgelegdOp()) + ")";
        String einde = Woorden.datumTijd(verbod.beeindigdOp());
        String hoe = switch (verbod.status()) {
            case AFGELOPEN -> verbod.besluit() == Verlengingsbesluit.VERLENGEN
                    ? " is afgelopen op " + einde + ", na verlenging."
                    : " is afgelopen op " + einde + "; het is niet verlengd.";
            case VERLOPEN_ZONDER_BESLUIT -> " is op " + einde + " verlopen zonder besluit over verlenging.";
            case INGETROKKEN -> " is ingetrokken op " + einde + ".";
            case LOPEND -> throw new IllegalStateException("loopt nog");
        };
        return huisverbod + hoe + " De uithuisgeplaatste mag weer naar huis: beoordeel de directe veiligheid opnieuw.";
    }
}
