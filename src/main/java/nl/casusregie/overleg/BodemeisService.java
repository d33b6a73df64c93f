package nl.casusregie.overleg;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Service;

/**
 * The watch over a minimum condition (bodemeis): the guard's report (kept up to the deadline, or
 * broken with what happened), and a breach reported to its case as a new incident.
 * Refusals name the fields as the forms label them; nothing is stored unless all of it is valid.
 */
@Service
public class BodemeisService {

    /** The size of the text column afspraak.toelichting. */
    private static final int MAX_TEKST = 2000;
    /** A breach's incident key: the agreement's id, apart from the keys other sources use. */
    static final String SLEUTEL_PREFIX = "afspraak-";

    private final AfspraakRepository afspraken;
    private final OverlegRepository overleggen;
    private final IncidentService incidentService;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;

    public BodemeisService(AfspraakRepository afspraken, OverlegRepository overleggen, IncidentService incidentService,
                           AuditLog auditLog, Invoercontrole invoer) {
        this.afspraken = afspraken;
        this.overleggen = overleggen;
        this.incidentService = incidentService;
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

    /**
     * A broken minimum condition is a new incident on its case (NieuwIncident): the case goes back
     * to phase 1 and the chair decides on an earlier meeting there, one task for every source. The
     * key is the agreement's, so a breach counts once. What an OM segment agreed is not told to every
     * partner taking part: such a breach says only that it happened and where the file has it.
     */
    public IncidentService.Uitkomst meldSchending(String processInstanceId, String huis) {
        AfspraakRepository.Gemaakt bodemeis = bodemeis(processInstanceId, huis);
        AfspraakRepository.Bewaking bewaking = afspraken.bewaking(processInstanceId).orElseThrow();
        String bewaker = Woorden.woord(PartnerGroup.class, bodemeis.partner());
        String omschrijving = overleggen.afspraakUitOmDeel(bodemeis.id())
                ? "Een bodemeis uit het OM-deel van het overleg is geschonden (bewaakt door " + bewaker + "). Wat er is "
                        + "afgesproken en wat er gebeurd is, lezen alleen het OM en de procesregisseur, in het dossier."
                : "Bodemeis geschonden: " + bodemeis.wat() + " (bewaakt door " + bewaker + ").\nWat er gebeurd is: "
                        + bewaking.toelichting() + (bewaking.bijSchending() == null ? ""
                        : "\nAfgesproken voor als een bodemeis geschonden wordt: " + bewaking.bijSchending());
        return incidentService.meld(new IncidentService.Incident(bodemeis.casusnummer(), huis, IncidentBron.BODEMEIS,
                omschrijving, SLEUTEL_PREFIX + bodemeis.id()));
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
