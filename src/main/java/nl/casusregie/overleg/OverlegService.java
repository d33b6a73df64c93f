package nl.casusregie.overleg;

import java.util.List;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.stereotype.Service;

/**
 * Records a focus meeting, and starts the follow-up of each agreement. Agreements without an owner, a deadline or a reason are refused:
 * in the files studied only one agreement in six said why (domain.md §2.5).
 */
@Service
public class OverlegService {

    /** Agreements can also be for the clients themselves. */
    public static final String CLIENTEN = "clienten";

    private final OverlegRepository overleggen;
    private final CasusRepository casussen;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;
    private final AfspraakOpvolgingStarter opvolging;

    public OverlegService(OverlegRepository overleggen, CasusRepository casussen, AuditLog auditLog,
                          Invoercontrole invoer, AfspraakOpvolgingStarter opvolging) {
        this.overleggen = overleggen;
        this.casussen = casussen;
        this.auditLog = auditLog;
        this.invoer = invoer;
        this.opvolging = opvolging;
    }

    /** Plans the case's next round, bound to the focusoverleg instance that holds it. */
    public OverlegRepository.Ronde plan(long casusId, int fase, String processInstanceId) {
        OverlegRepository.Ronde ronde = overleggen.plan(casusId, fase, processInstanceId);
        auditLog.record(casussen.get(casusId).huis(), "FOCUSOVERLEG_GEPLAND", casusId, "ronde " + ronde.nummer());
        return ronde;
    }

    /** Stores the preparation with the clients; it happens also when they will not attend. */
    public void legVoorbereidingVast(String processInstanceId, long casusId, Voorbereiding voorbereiding) {
        invoer.controleer(voorbereiding);
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        overleggen.updateVoorbereiding(ronde, voorbereiding);
        auditLog.record(casussen.get(casusId).huis(), "FOCUSOVERLEG_VOORBEREID", casusId, "ronde " + ronde.nummer());
    }

    /** Stores the meeting; returns its id and the number of meetings the case has had. */
    public Vastgelegd legVast(String processInstanceId, long casusId, Overlegverslag verslag, String door) {
        check(verslag);
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        overleggen.updateVerslag(ronde, verslag, door);
        opvolging.startVoorRonde(ronde.id());
        auditLog.record(casussen.get(casusId).huis(), "FOCUSOVERLEG_VASTGELEGD", casusId,
                "ronde " + ronde.nummer() + ", " + verslag.afspraken().size() + " afspraken");
        return new Vastgelegd(ronde.id(), ronde.nummer());
    }

    public record Vastgelegd(long overlegId, int aantalOverleggen) {
    }

    private OverlegRepository.Ronde ronde(String processInstanceId, long casusId) {
        return overleggen.ofInstance(processInstanceId, casusId).orElseThrow(() ->
                new OngeldigeInvoerException("overleg", "Dit overleg hoort niet bij deze casus."));
    }

    /** Sizes, required fields and dates by the record's constraints; kind and partner against their lists. */
    private void check(Overlegverslag verslag) {
        invoer.controleer(verslag);
        List<Afspraak> afspraken = verslag.afspraken();
        for (int i = 0; i < afspraken.size(); i++) {
            if (!AfspraakSoort.isSoort(afspraken.get(i).soort())) {
                throw invoer.ongeldig(Overlegverslag.class, "afspraken[" + i + "].soort", "kies de soort afspraak");
            }
            String partner = afspraken.get(i).partner();
            if (!(CLIENTEN.equals(partner) || PartnerGroup.isPartnerGroup(partner))) {
                throw invoer.ongeldig(Overlegverslag.class, "afspraken[" + i + "].partner",
                        "kies de partner die de afspraak uitvoert");
            }
        }
    }
}
