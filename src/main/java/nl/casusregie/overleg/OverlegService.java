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

    /** Plans the case's next round, bound to the focusoverleg instance that holds it. */
    public OverlegRepository.Ronde plan(long casusId, int fase, String processInstanceId) {
        OverlegRepository.Ronde ronde = overleggen.plan(casusId, fase, processInstanceId);
        auditLog.record(casussen.get(casusId).huis(), "FOCUSOVERLEG_GEPLAND", casusId, "ronde " + ronde.nummer());
        return ronde;
    }

    /** Stores the preparation with the clients; it happens also when they will not attend. */
    public void legVoorbereidingVast(String processInstanceId, long casusId, Voorbereiding voorbereiding) {
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        overleggen.updateVoorbereiding(ronde, voorbereiding);
        auditLog.record(casussen.get(casusId).huis(), "FOCUSOVERLEG_VOORBEREID", casusId, "ronde " + ronde.nummer());
    }

    /** Stores the meeting; returns its id and the number of meetings the case has had. */
    public Vastgelegd legVast(String processInstanceId, long casusId, Overlegverslag verslag, String door) {
        check(verslag);
        OverlegRepository.Ronde ronde = ronde(processInstanceId, casusId);
        overleggen.updateVerslag(ronde, verslag, door);
        auditLog.record(casussen.get(casusId).huis(), "FOCUSOVERLEG_VASTGELEGD", casusId,
                "ronde " + ronde.nummer() + ", " + verslag.afspraken().size() + " afspraken");
        return new Vastgelegd(ronde.id(), ronde.nummer());
    }

    public record Vastgelegd(long overlegId, int aantalOverleggen) {
    }

    private OverlegRepository.Ronde ronde(String processInstanceId, long casusId) {
        return overleggen.ofInstance(processInstanceId, casusId).orElseThrow(() ->
                new OngeldigeInvoerException("overleg", "dit overleg hoort niet bij deze casus"));
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
