package nl.casusregie.overleg;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.IncidentRepository;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Service;

/**
 * The chair's answer to a new incident: the date of an earlier meeting, or why the next meeting
 * stays as planned; one of the two. A round whose meeting is still to be held keeps running, so
 * the earlier date is for the meeting after it; without one, it comes before the meeting now
 * proposed. The next round's plan proposes it (OverlegRepository.datumvoorstel).
 */
@Service
public class VervroegingService {

    /** The size of incident.vervroeging_reden (V8 migration). */
    private static final int MAX_REDEN = 2000;

    private final IncidentRepository incidenten;
    private final OverlegRepository overleggen;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;

    public VervroegingService(IncidentRepository incidenten, OverlegRepository overleggen, AuditLog auditLog,
                              Invoercontrole invoer) {
        this.incidenten = incidenten;
        this.overleggen = overleggen;
        this.auditLog = auditLog;
        this.invoer = invoer;
    }

    public void legVast(Casus casus, Long incidentId, LocalDate vervroegdOverleg, String reden, String door) {
        IncidentRepository.Gemeld incident = Optional.ofNullable(incidentId).flatMap(incidenten::get)
                .filter(i -> i.casusId() == casus.id() && !i.besloten())
                .orElseThrow(() -> new OngeldigeInvoerException("incident",
                        "Dit incident hoort niet bij deze casus, of de voorzitter besloot er al over."));
        Map<String, String> fouten = new LinkedHashMap<>();
        String datumVeld = ZvhCasus.VERVROEGD_OVERLEG.name();
        String redenVeld = ZvhCasus.VERVROEGING_REDEN.name();
        if (vervroegdOverleg == null && isLeeg(reden)) {
            fout(fouten, datumVeld, "stel een datum voor, of zeg waarom het volgende overleg blijft zoals gepland");
            fout(fouten, redenVeld, "geef de reden, of stel een datum voor een vervroegd overleg voor");
        } else if (vervroegdOverleg != null && !isLeeg(reden)) {
            fout(fouten, redenVeld, "laat leeg als u een datum voorstelt: het overleg wordt vervroegd of blijft zoals gepland");
        }
        if (vervroegdOverleg != null) {
            datum(casus.id(), vervroegdOverleg).ifPresent(melding -> fout(fouten, datumVeld, melding));
        }
        if (reden != null && reden.length() > MAX_REDEN) {
            fout(fouten, redenVeld, "is langer dan " + MAX_REDEN + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        incidenten.legVervroegingVast(incident.id(), vervroegdOverleg, isLeeg(reden) ? null : reden.strip(), door);
        auditLog.record(casus.huis(), vervroegdOverleg != null ? "OVERLEG_VERVROEGD" : "OVERLEG_ZOALS_GEPLAND", casus.id(),
                vervroegdOverleg != null ? vervroegdOverleg.toString() : null);
    }

    /** Why this earlier date cannot be, if it cannot. */
    private Optional<String> datum(long casusId, LocalDate datum) {
        LocalDate vandaag = LocalDate.now();
        if (datum.isBefore(vandaag)) {
            return Optional.of("geef een datum vanaf vandaag");
        }
        if (datum.isAfter(vandaag.plusYears(1))) {
            return Optional.of("ligt meer dan een jaar vooruit");
        }
        Optional<LocalDate> lopend = overleggen.lopendeRonde(casusId).map(OverlegRepository.LopendeRonde::datum)
                .filter(d -> !d.isBefore(vandaag));
        if (lopend.isPresent()) {
            return datum.isAfter(lopend.get()) ? Optional.empty()
                    : Optional.of("ligt niet na het overleg van " + Woorden.datum(lopend.get()) + ", dat doorgaat; kies een"
                            + " datum daarna, of laat het volgende overleg zoals gepland en zeg waarom");
        }
        return overleggen.datumvoorstel(casusId, vandaag).map(OverlegRepository.Datumvoorstel::datum)
                .filter(gepland -> !datum.isBefore(gepland))
                .map(gepland -> "ligt niet vóór het geplande volgende overleg (" + Woorden.datum(gepland)
                        + "); kies een eerdere datum, of laat het overleg zoals gepland en zeg waarom");
    }

    /** The refusal of one field, named as the form labels it; a second message for a field is added to the first. */
    private void fout(Map<String, String> fouten, String veld, String melding) {
        invoer.ongeldig(veld, melding).fouten().forEach((v, m) -> fouten.merge(v, m, (a, b) -> a + "; " + b));
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
