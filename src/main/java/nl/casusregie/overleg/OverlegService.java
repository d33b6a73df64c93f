package nl.casusregie.overleg;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.platform.OngeldigeInvoerException;
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

    public OverlegService(OverlegRepository overleggen, CasusRepository casussen, AuditLog auditLog) {
        this.overleggen = overleggen;
        this.casussen = casussen;
        this.auditLog = auditLog;
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

    private static void check(Overlegverslag verslag) {
        if (verslag.beeldvorming() == null || verslag.beeldvorming().isBlank()) {
            throw new OngeldigeInvoerException("beeldvorming", "leg het gedeelde beeld en oordeel vast");
        }
        List<Schaalscore> scores = verslag.scores();
        IntStream.range(0, scores.size()).forEach(i -> {
            Schaalscore s = scores.get(i);
            if (s.deelnemer() == null || s.deelnemer().isBlank()) {
                throw new OngeldigeInvoerException("scores[" + i + "].deelnemer", "noem wie de score gaf");
            }
            if (s.score() == null || s.score() < 1 || s.score() > 10) {
                throw new OngeldigeInvoerException("scores[" + i + "].score", "een schaalscore ligt tussen 1 en 10");
            }
        });
        List<Afspraak> afspraken = verslag.afspraken();
        IntStream.range(0, afspraken.size()).forEach(i -> {
            Afspraak a = afspraken.get(i);
            String veld = "afspraken[" + i + "]";
            if (a.partner() == null || !(CLIENTEN.equals(a.partner()) || PartnerGroup.isPartnerGroup(a.partner()))) {
                throw new OngeldigeInvoerException(veld + ".partner", "kies de partner die de afspraak uitvoert");
            }
            if (a.wat() == null || a.wat().isBlank()) {
                throw new OngeldigeInvoerException(veld + ".wat", "beschrijf wat er gebeurt");
            }
            if (a.deadline() == null || a.deadline().isBefore(LocalDate.now())) {
                throw new OngeldigeInvoerException(veld + ".deadline", "geef een datum vanaf vandaag");
            }
            if (a.waarom() == null || a.waarom().isBlank()) {
                throw new OngeldigeInvoerException(veld + ".waarom", "zeg waarom deze afspraak nodig is");
            }
        });
    }
}
