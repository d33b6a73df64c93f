package nl.casusregie.overleg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.CasusService;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Service;

/**
 * The watch over a minimum condition (bodemeis): the guard's report (kept up to the deadline, or
 * broken with what happened), what a breach does to the case, and the chair's answer to a breach.
 * Refusals name the fields as the forms label them; nothing is stored unless all of it is valid.
 */
@Service
public class BodemeisService {

    /** The size of the text columns (afspraak.toelichting, afspraak.vervroeging_reden). */
    private static final int MAX_TEKST = 2000;

    private final AfspraakRepository afspraken;
    private final CasusService casusService;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;

    public BodemeisService(AfspraakRepository afspraken, CasusService casusService, AuditLog auditLog,
                           Invoercontrole invoer) {
        this.afspraken = afspraken;
        this.casusService = casusService;
        this.auditLog = auditLog;
        this.invoer = invoer;
    }

    /**
     * Records the guard's report on the minimum condition bound to this instance. A breach can be
     * reported at any moment; that it was kept only from its deadline on, since it holds until then.
     */
    public BodemeisUitkomst legBewakingVast(String processInstanceId, String huis, String uitkomstCode, String schending,
                                            String door) {
        AfspraakRepository.Gemaakt bodemeis = bodemeis(processInstanceId, huis);
        Optional<BodemeisUitkomst> uitkomst = BodemeisUitkomst.of(uitkomstCode);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (uitkomst.isEmpty()) {
            fout(fouten, AfspraakOpvolging.BODEMEIS_UITKOMST.name(), "kies of de bodemeis is nageleefd of geschonden");
        } else if (uitkomst.get() == BodemeisUitkomst.NAGELEEFD && LocalDate.now().isBefore(bodemeis.deadline())) {
            fout(fouten, AfspraakOpvolging.BODEMEIS_UITKOMST.name(), "nageleefd bevestigt u vanaf de deadline ("
                    + Woorden.datum(bodemeis.deadline()) + "); een schending meldt u meteen");
        }
        if (uitkomst.orElse(null) == BodemeisUitkomst.GESCHONDEN && isLeeg(schending)) {
            fout(fouten, AfspraakOpvolging.SCHENDING.name(), "beschrijf wat er gebeurd is: wat, wanneer en wie het zag");
        } else if (schending != null && schending.length() > MAX_TEKST) {
            fout(fouten, AfspraakOpvolging.SCHENDING.name(), "is langer dan " + MAX_TEKST + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        afspraken.close(bodemeis.id(), uitkomst.get().name(), isLeeg(schending) ? null : schending.strip(), door,
                LocalDateTime.now());
        auditLog.record(huis, "BODEMEIS_" + uitkomst.get().name(), bodemeis.casusId(), "bewaakt door " + bodemeis.partner());
        return uitkomst.get();
    }

    /** A broken minimum condition puts its case back in phase 1; returns the phase the case is in now. */
    public Integer zetCasusTerug(String processInstanceId, String huis, String door) {
        AfspraakRepository.Gemaakt bodemeis = bodemeis(processInstanceId, huis);
        return casusService.zetTerugNaarFase1(bodemeis.casusId(), bodemeis.partner(), door);
    }

    /**
     * Records the chair's answer to a broken minimum condition: the date of an earlier meeting it
     * proposes (from today, before the planned next meeting), or why the next meeting stays as
     * planned. One of the two, not both.
     */
    public void legVervroegingVast(String processInstanceId, String huis, LocalDate vervroegdOverleg, String reden,
                                   String door) {
        AfspraakRepository.Gemaakt bodemeis = bodemeis(processInstanceId, huis);
        LocalDate gepland = afspraken.bewaking(processInstanceId).map(AfspraakRepository.Bewaking::volgendOverleg).orElse(null);
        String datumVeld = AfspraakOpvolging.VERVROEGD_OVERLEG.name();
        String redenVeld = AfspraakOpvolging.VERVROEGING_REDEN.name();
        Map<String, String> fouten = new LinkedHashMap<>();
        if (vervroegdOverleg == null && isLeeg(reden)) {
            fout(fouten, datumVeld, "stel een datum voor, of zeg waarom het volgende overleg blijft zoals gepland");
            fout(fouten, redenVeld, "geef de reden, of stel een datum voor een vervroegd overleg voor");
        } else if (vervroegdOverleg != null && !isLeeg(reden)) {
            fout(fouten, redenVeld, "laat leeg als u een datum voorstelt: het overleg wordt vervroegd of blijft zoals gepland");
        }
        if (vervroegdOverleg != null) {
            LocalDate vandaag = LocalDate.now();
            if (vervroegdOverleg.isBefore(vandaag)) {
                fout(fouten, datumVeld, "geef een datum vanaf vandaag");
            } else if (gepland != null && !gepland.isBefore(vandaag) && !vervroegdOverleg.isBefore(gepland)) {
                fout(fouten, datumVeld, "ligt niet vóór het geplande volgende overleg (" + Woorden.datum(gepland)
                        + "); kies een eerdere datum, of laat het overleg zoals gepland en zeg waarom");
            } else if (vervroegdOverleg.isAfter(vandaag.plusYears(1))) {
                fout(fouten, datumVeld, "ligt meer dan een jaar vooruit");
            }
        }
        if (reden != null && reden.length() > MAX_TEKST) {
            fout(fouten, redenVeld, "is langer dan " + MAX_TEKST + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        afspraken.legVervroegingVast(bodemeis.id(), vervroegdOverleg, isLeeg(reden) ? null : reden.strip(), door,
                LocalDateTime.now());
        auditLog.record(huis, vervroegdOverleg != null ? "OVERLEG_VERVROEGD" : "OVERLEG_ZOALS_GEPLAND", bodemeis.casusId(),
                vervroegdOverleg != null ? vervroegdOverleg.toString() : null);
    }

    /** The minimum condition bound to this instance, in this house; refused otherwise. */
    private AfspraakRepository.Gemaakt bodemeis(String processInstanceId, String huis) {
        return afspraken.ofInstance(processInstanceId, huis).filter(AfspraakRepository.Gemaakt::bodemeis)
                .orElseThrow(() -> new OngeldigeInvoerException("afspraak", "Deze bodemeis hoort niet bij dit proces."));
    }

    /** The refusal of one field, named as the form labels it; a second message for a field is added to the first. */
    private void fout(Map<String, String> fouten, String veld, String melding) {
        invoer.ongeldig(veld, melding).fouten().forEach((v, m) -> fouten.merge(v, m, (a, b) -> a + "; " + b));
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
