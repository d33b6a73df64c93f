package nl.casusregie.huisverbod;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Service;

/**
 * What happens to an order while it runs, as the people of the house decide it: what came of the
 * help started during the time-out, the mayor's decision on extension (never beyond 28 days after
 * imposition), and how it ended. Refusals name the fields as the forms label them; nothing is
 * stored unless all of it is valid.
 */
@Service
public class HuisverbodVerloop {

    /** The size of the text columns (huisverbod.besluit_reden, huisverbod_hulp.toelichting). */
    private static final int MAX_TEKST = 2000;

    private final HuisverbodRepository huisverboden;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;

    HuisverbodVerloop(HuisverbodRepository huisverboden, AuditLog auditLog, Invoercontrole invoer) {
        this.huisverboden = huisverboden;
        this.auditLog = auditLog;
        this.invoer = invoer;
    }

    /** Records what came of starting help for one side of the household, with what was done. */
    public void legHulpVast(HuisverbodRepository.Verbod verbod, HulpVoor voor, String uitkomstCode, String toelichting,
                            String uitkomstVeld, String toelichtingVeld, String door) {
        Optional<HulpUitkomst> uitkomst = HulpUitkomst.of(uitkomstCode);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (uitkomst.isEmpty()) {
            fout(fouten, uitkomstVeld, "kies of er contact was en of de hulp is gestart");
        }
        if (isLeeg(toelichting)) {
            fout(fouten, toelichtingVeld, "zeg wat er gedaan is en met wie");
        } else if (toelichting.length() > MAX_TEKST) {
            fout(fouten, toelichtingVeld, "is langer dan " + MAX_TEKST + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        huisverboden.legHulpVast(verbod.id(), voor, uitkomst.get(), toelichting.strip(), door, LocalDateTime.now());
        auditLog.record(verbod.huis(), "HUISVERBOD_HULP_" + voor.name(), verbod.casusId(), uitkomst.get().name());
    }

    /**
     * Records the mayor's decision on extension, with why. An extension runs to the chosen day, at
     * the time of day the order was imposed: after the ten days, and at most 28 days after
     * imposition, never beyond. A decision comes before the order ends.
     */
    public void legBesluitVast(HuisverbodRepository.Verbod verbod, String besluitCode, LocalDate verlengdTot, String reden,
                               String door) {
        String besluitVeld = Huisverbod.VERLENGINGSBESLUIT.name();
        String totVeld = Huisverbod.VERLENGD_TOT.name();
        String redenVeld = Huisverbod.BESLUIT_REDEN.name();
        Optional<Verlengingsbesluit> besluit = Verlengingsbesluit.of(besluitCode);
        LocalDateTime tienDagen = verbod.opgelegdOp().plusDays(Huisverbod.DAGEN);
        LocalDateTime uiterlijk = uiterlijkeEinde(verbod);
        LocalDateTime nieuwEinde = verlengdTot == null ? null : verlengdTot.atTime(verbod.opgelegdOp().toLocalTime());
        Map<String, String> fouten = new LinkedHashMap<>();
        if (besluit.isEmpty()) {
            fout(fouten, besluitVeld, "kies verlengen of niet verlengen");
        } else if (!LocalDateTime.now().isBefore(verbod.eindigtOp())) {
            fout(fouten, besluitVeld, "het huisverbod is al afgelopen (" + Woorden.datumTijd(verbod.eindigtOp())
                    + "); een besluit over verlenging kan alleen daarvóór");
        }
        if (besluit.orElse(null) == Verlengingsbesluit.VERLENGEN) {
            if (nieuwEinde == null) {
                fout(fouten, totVeld, "kies tot welke dag het huisverbod wordt verlengd, uiterlijk " + Woorden.datum(uiterlijk.toLocalDate()));
            } else if (!nieuwEinde.isAfter(tienDagen)) {
                fout(fouten, totVeld, "ligt niet na het einde van de tien dagen (" + Woorden.datumTijd(tienDagen)
                        + "); kies een latere dag");
            } else if (nieuwEinde.isAfter(uiterlijk)) {
                fout(fouten, totVeld, "ligt meer dan " + Huisverbod.MAX_DAGEN + " dagen na het opleggen; verlengen kan tot uiterlijk "
                        + Woorden.datum(uiterlijk.toLocalDate()));
            }
        } else if (besluit.isPresent() && verlengdTot != null) {
            fout(fouten, totVeld, "laat leeg als het huisverbod niet wordt verlengd");
        }
        if (isLeeg(reden)) {
            fout(fouten, redenVeld, "zeg waarom de burgemeester zo besluit");
        } else if (reden.length() > MAX_TEKST) {
            fout(fouten, redenVeld, "is langer dan " + MAX_TEKST + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        boolean verlengen = besluit.get() == Verlengingsbesluit.VERLENGEN;
        huisverboden.legBesluitVast(verbod.id(), besluit.get(), verlengen ? nieuwEinde : null, reden.strip(), door,
                LocalDateTime.now(), verlengen ? nieuwEinde : verbod.eindigtOp());
        auditLog.record(verbod.huis(), "HUISVERBOD_" + besluit.get().name(), verbod.casusId(),
                "huisverbod " + verbod.id() + (verlengen ? ", tot " + nieuwEinde : ""));
    }

    /**
     * The order's time ran out: AFGELOPEN after a decision (extended or not), VERLOPEN_ZONDER_BESLUIT
     * when day ten came without one. Ended at its end as it stood. Returns how it ended.
     */
    public HuisverbodStatus beeindig(HuisverbodRepository.Verbod verbod) {
        HuisverbodStatus status = verbod.besluit() == null ? HuisverbodStatus.VERLOPEN_ZONDER_BESLUIT : HuisverbodStatus.AFGELOPEN;
        if (!huisverboden.beeindig(verbod.id(), status, verbod.eindigtOp())) {
            throw new IllegalStateException("Huisverbod " + verbod.id() + " was al beëindigd (" + verbod.status() + ")");
        }
        auditLog.record(verbod.huis(), "HUISVERBOD_" + status.name(), verbod.casusId(), "huisverbod " + verbod.id());
        return status;
    }

    /** The latest moment an order may run to: 28 days after it was imposed. */
    static LocalDateTime uiterlijkeEinde(HuisverbodRepository.Verbod verbod) {
        return verbod.opgelegdOp().plusDays(Huisverbod.MAX_DAGEN);
    }

    /** The refusal of one field, named as the form labels it; a second message for a field is added to the first. */
    private void fout(Map<String, String> fouten, String veld, String melding) {
        invoer.ongeldig(veld, melding).fouten().forEach((v, m) -> fouten.merge(v, m, (a, b) -> a + "; " + b));
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
