package nl.casusregie.casus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.platform.CurrentUser;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New incidents on a household's running case (message NieuwIncident on zvh-casus). The one Java
 * entry point for every source ({@link #meld}): a broken minimum condition, probation, a restraining
 * order, a new referral of the household, a partner's own report. The running case receives the
 * message, records the incident once per key ({@link #legVast}), goes back to phase 1 and asks the
 * chair whether the next meeting comes earlier; the partners taking part are told.
 */
@Service
public class IncidentService {

    /**
     * An incident for the case with this number in this house (tenant). bron: what reported it
     * ({@link IncidentBron}); sleutel: the same key sent twice is one incident.
     */
    public record Incident(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
    }

    /** What became of a report, with a Dutch sentence for whoever reported it. */
    public record Uitkomst(IncidentStatus status, String casusnummer, String melding) {
    }

    /** The receiving side's outcome: the incident's id when new, and the partner groups to tell. */
    public record Vastgelegd(IncidentStatus status, Long incidentId, List<String> teInformeren) {
    }

    /** The size of the description column (V8 migration) and of the key column. */
    public static final int MAX_OMSCHRIJVING = 8000;
    static final int MAX_SLEUTEL = 200;
    private static final String SYSTEEM = "systeem";

    private final CasusRepository casussen;
    private final IncidentRepository incidenten;
    private final CasusService casusService;
    private final Deelnemers deelnemers;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    public IncidentService(CasusRepository casussen, IncidentRepository incidenten, CasusService casusService,
                           Deelnemers deelnemers, RuntimeService runtimeService, SystemAction systemAction,
                           CurrentUser currentUser, AuditLog auditLog) {
        this.casussen = casussen;
        this.incidenten = incidenten;
        this.casusService = casusService;
        this.deelnemers = deelnemers;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * Reports an incident on the running case: correlates NieuwIncident to the case's zvh-casus
     * instance (by its business key, in its house), as the engine, after checking the input. Who
     * reports it is the logged-in user, or "systeem" for a timer. A key reported before answers
     * AL_BEKEND, a case that does not run GEEN_LOPENDE_CASUS; neither changes anything.
     */
    @Transactional
    public Uitkomst meld(Incident incident) {
        controleer(incident.casusnummer(), incident.huis(), incident.bron(), incident.omschrijving(), incident.sleutel());
        String nummer = incident.casusnummer().strip();
        Optional<Casus> casus = casussen.findByNummer(incident.huis(), nummer);
        if (casus.isEmpty() || !casus.get().status().loopt()) {
            return new Uitkomst(IncidentStatus.GEEN_LOPENDE_CASUS, nummer, geenLopendeCasus(nummer, casus));
        }
        if (incidenten.metSleutel(casus.get().id(), incident.sleutel().strip()).isPresent()) {
            auditLog.record(incident.huis(), "INCIDENT_AL_BEKEND", casus.get().id(), incident.bron());
            return new Uitkomst(IncidentStatus.AL_BEKEND, nummer, "Dit incident was al gemeld bij casus " + nummer
                    + "; het is niet opnieuw toegevoegd.");
        }
        Map<String, Object> bericht = new LinkedHashMap<>();
        bericht.put(ZvhCasus.INCIDENT_BRON.name(), incident.bron());
        bericht.put(ZvhCasus.INCIDENT_OMSCHRIJVING.name(), incident.omschrijving().strip());
        bericht.put(ZvhCasus.INCIDENT_SLEUTEL.name(), incident.sleutel().strip());
        bericht.put(ZvhCasus.INCIDENT_GEMELD_DOOR.name(), currentUser.userIdOrSystem());
        bericht.put(ZvhCasus.INCIDENT_GEMELD_DOOR_GROEP.name(), currentUser.partnerGroepIndienIngelogd().orElse(null));
        // The caller (an endpoint that checked the role, or a process step) may not correlate itself.
        systemAction.run(() -> runtimeService.createMessageCorrelation(ZvhCasus.MESSAGE_NIEUW_INCIDENT)
                .processInstanceBusinessKey(nummer)
                .tenantId(incident.huis())
                .setVariables(bericht)
                .correlate());
        auditLog.record(incident.huis(), "INCIDENT_GEMELD", casus.get().id(), incident.bron());
        return casus.get().status() == CasusStatus.AANGEMELD
                ? new Uitkomst(IncidentStatus.IN_TRIAGE, nummer, "Het incident is toegevoegd aan casus " + nummer
                        + ", die nog op triage wacht: het weegt mee in het triagebesluit.")
                : new Uitkomst(IncidentStatus.NIEUW, nummer, "Het incident is toegevoegd aan casus " + nummer
                        + ": de casus gaat terug naar fase 1 (directe veiligheid) en de procesregisseur beslist over een"
                        + " vervroegd overleg.");
    }

    /**
     * The running case received NieuwIncident: records the incident once per key. A case that does
     * not run records nothing (a report that reached it without {@link #meld}). Returns the partner
     * groups to tell: those taking part, but not the chair (who has a task of its own), not every
     * case director (the case's own gets a task) and not the group that reported it, unless its
     * referral became this incident (it learns where its referral went).
     */
    public Vastgelegd legVast(Casus casus, String bron, String omschrijving, String sleutel, String door, String groep) {
        String key = sleutel == null || sleutel.isBlank() ? "onbekend-" + UUID.randomUUID() : sleutel;
        controleer(casus.nummer(), casus.huis(), bron, omschrijving, key);
        if (!casus.status().loopt()) {
            auditLog.record(casus.huis(), "INCIDENT_ZONDER_LOPENDE_CASUS", casus.id(), bron);
            return new Vastgelegd(IncidentStatus.GEEN_LOPENDE_CASUS, null, List.of());
        }
        Optional<Long> bekend = incidenten.metSleutel(casus.id(), key.strip());
        if (bekend.isPresent()) {
            auditLog.record(casus.huis(), "INCIDENT_AL_BEKEND", casus.id(), bron);
            return new Vastgelegd(IncidentStatus.AL_BEKEND, bekend.get(), List.of());
        }
        String melder = door == null || door.isBlank() ? SYSTEEM : door;
        boolean voorTriage = casus.status() == CasusStatus.AANGEMELD;
        long id = incidenten.voegToe(casus.id(), bron, omschrijving.strip(), key.strip(), melder, groep, voorTriage);
        auditLog.record(casus.huis(), "INCIDENT_VASTGELEGD", casus.id(), bron + ", gemeld door " + melder
                + (groep == null ? "" : " (" + groep + ")"));
        List<String> teInformeren = deelnemers.partnerGroepen(casus.id()).stream()
                .filter(PartnerGroup::isPartnerGroup)
                .filter(g -> !g.equals(PartnerGroup.PROCESREGISSEUR.id()) && !g.equals(PartnerGroup.CASUSREGISSEUR.id()))
                .filter(g -> !g.equals(groep) || IncidentBron.AANMELDING.equals(bron))
                .sorted().toList();
        return new Vastgelegd(voorTriage ? IncidentStatus.IN_TRIAGE : IncidentStatus.NIEUW, id, teInformeren);
    }

    /**
     * Immediate safety is re-assessed: the case goes back to phase 1, recorded as a decision on
     * behalf of whoever reported the incident. Returns the phase the case is in now.
     */
    public Integer zetCasusTerug(Casus casus, long incidentId) {
        IncidentRepository.Gemeld incident = incidenten.get(incidentId).filter(i -> i.casusId() == casus.id())
                .orElseThrow(() -> new OngeldigeInvoerException("incident", "Dit incident hoort niet bij deze casus."));
        String aanleiding = "Nieuw incident (" + IncidentBron.woord(incident.bron()) + ")";
        return casusService.zetTerugNaarFase1(casus.id(), aanleiding, incident.gemeldDoor());
    }

    private static String geenLopendeCasus(String nummer, Optional<Casus> casus) {
        String stand = casus.map(c -> "Casus " + nummer + " loopt niet (" + Woorden.woord(CasusStatus.class, c.status().name())
                        .toLowerCase(java.util.Locale.ROOT) + ")")
                .orElse("Er is geen casus " + nummer + " in dit Zorg- en Veiligheidshuis");
        return stand + ": een nieuw incident kan alleen bij een lopende casus. Meld het huishouden aan"
                + " (POST /api/aanmeldingen, of in Tasklist: Proces starten > Casus Zorg- en Veiligheidshuis);"
                + " heeft het huishouden een lopende casus, dan wordt de aanmelding daar een nieuw incident.";
    }

    /** The report's fields, each refused in Dutch by its name. */
    private static void controleer(String casusnummer, String huis, String bron, String omschrijving, String sleutel) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (casusnummer == null || casusnummer.isBlank()) {
            fouten.put("casusnummer", "Casusnummer: is verplicht");
        }
        if (huis == null || huis.isBlank()) {
            fouten.put("huis", "Zorg- en Veiligheidshuis: is verplicht");
        }
        if (!IncidentBron.bestaat(bron)) {
            fouten.put("bron", "Bron: kies BODEMEIS, PROEFTIJD, HUISVERBOD, AANMELDING of de partnergroep die het meldt,"
                    + " in hoofdletters (bijvoorbeeld POLITIE)");
        }
        if (omschrijving == null || omschrijving.isBlank()) {
            fouten.put("omschrijving", "Omschrijving: beschrijf wat er gebeurd is: wat, wanneer en wie het zag");
        } else if (omschrijving.strip().length() > MAX_OMSCHRIJVING) {
            fouten.put("omschrijving", "Omschrijving: is langer dan " + MAX_OMSCHRIJVING + " tekens");
        }
        if (sleutel == null || sleutel.isBlank()) {
            fouten.put("sleutel", "Sleutel: is verplicht, zodat hetzelfde incident maar één keer meetelt");
        } else if (sleutel.strip().length() > MAX_SLEUTEL) {
            fouten.put("sleutel", "Sleutel: is langer dan " + MAX_SLEUTEL + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }
}
