package nl.casusregie.overleg;

import java.util.List;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.stereotype.Service;

/**
 * Records a focus meeting. Agreements without an owner, a deadline or a reason are refused:
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

    public OverlegService(OverlegRepository overleggen, CasusRepository casussen, AuditLog auditLog,
                          Invoercontrole invoer) {
        this.overleggen = overleggen;
        this.casussen = casussen;
        this.auditLog = auditLog;
        this.invoer = invoer;
    }

    /** Stores the meeting; returns its id and the number of meetings the case has had. */
    public Vastgelegd legVast(Overlegverslag verslag, String door) {
        check(verslag);
        int ronde = overleggen.countForCase(verslag.casusId()) + 1;
        long id = overleggen.insert(verslag, ronde, door);
        auditLog.record(casussen.get(verslag.casusId()).huis(), "FOCUSOVERLEG_VASTGELEGD", verslag.casusId(),
                "ronde " + ronde + ", fase " + verslag.fase() + ", " + verslag.afspraken().size() + " afspraken");
        return new Vastgelegd(id, ronde);
    }

    public record Vastgelegd(long overlegId, int aantalOverleggen) {
    }

    /** Sizes, required fields and dates by the record's constraints; the partner against the contract's groups. */
    private void check(Overlegverslag verslag) {
        invoer.controleer(verslag);
        List<Afspraak> afspraken = verslag.afspraken();
        for (int i = 0; i < afspraken.size(); i++) {
            String partner = afspraken.get(i).partner();
            if (!(CLIENTEN.equals(partner) || PartnerGroup.isPartnerGroup(partner))) {
                throw invoer.ongeldig(Overlegverslag.class, "afspraken[" + i + "].partner",
                        "kies de partner die de afspraak uitvoert");
            }
        }
    }
}
