package nl.casusregie.proeftijd;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.casus.IncidentStatus;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import nl.casusregie.platform.Woorden;
import nl.casusregie.proeftijd.ProeftijdRepository.Controle;
import nl.casusregie.proeftijd.ProeftijdRepository.Gegevens;
import nl.casusregie.proeftijd.ProeftijdRepository.Overtreding;
import nl.casusregie.proeftijd.ProeftijdRepository.Voorwaarde;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervision of a running probation as the people in it act: the supervising partner checks
 * each condition and reports (kept, or broken with what happened), anyone allowed reports a breach
 * at any moment, each breach puts the household's case on the agenda and goes to the OM, whose
 * reaction may change the conditions or end the probation, and the supervisor evaluates it at its
 * end. Refusals name the fields as the forms label them; nothing is stored unless all of it is valid.
 */
@Service
public class ToezichtService {

    private static final Logger log = LoggerFactory.getLogger(ToezichtService.class);

    static final String VIA_CONTROLE = "CONTROLE";
    static final String VIA_MELDING = "MELDING";
    /** Column sizes (V9 migration). */
    private static final int KORT = 2000;
    private static final int LANG = 4000;

    private final ProeftijdRepository proeftijden;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;
    private final EngineKlok klok;
    private final IncidentService incidenten;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;

    public ToezichtService(ProeftijdRepository proeftijden, AuditLog auditLog, Invoercontrole invoer, EngineKlok klok,
                           IncidentService incidenten, RuntimeService runtimeService, SystemAction systemAction) {
        this.proeftijden = proeftijden;
        this.auditLog = auditLog;
        this.invoer = invoer;
        this.klok = klok;
        this.incidenten = incidenten;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
    }

    /** The condition one line of checks follows: one of this probation's. */
    public Voorwaarde voorwaarde(Gegevens proeftijd, Long voorwaardeId) {
        return Optional.ofNullable(voorwaardeId).flatMap(id -> proeftijden.voorwaarde(proeftijd.id(), id))
                .orElseThrow(ProeftijdBinding::nietVanDezeInstantie);
    }

    /** When a condition's next check is due: the decided interval from now; and whether that is still within the period. */
    public record Controlemoment(Date moment, boolean voorEinde) {
    }

    public Controlemoment controlemoment(Gegevens proeftijd, String interval) {
        Duration duur;
        try {
            duur = DatatypeFactory.newInstance().newDuration(interval);
        } catch (IllegalArgumentException | NullPointerException | DatatypeConfigurationException e) {
            // A table deployed with an output that is no period: the engine raises an incident to fix it.
            throw new IllegalStateException("opvolging-interval gaf geen ISO-8601-periode: " + interval, e);
        }
        Date nu = klok.datum();
        Date moment = new Date(nu.getTime());
        duur.addTo(moment);
        if (!moment.after(nu)) {
            throw new IllegalStateException("opvolging-interval gaf geen positieve periode: " + interval);
        }
        return new Controlemoment(moment, moment.before(EngineKlok.beginVan(proeftijd.einddatum())));
    }

    /** Binds a new check task to the condition it checks, so its report cannot land on another. */
    public void planControle(Gegevens proeftijd, Voorwaarde voorwaarde, String taakId) {
        proeftijden.planControle(voorwaarde.id(), taakId, klok.nu());
    }

    /** The supervisor's report on one check; a breach is recorded as such. */
    public record Controleverslag(ControleUitkomst uitkomst, Voorwaarde voorwaarde, Long overtredingId) {
    }

    public Controleverslag legControleVast(Gegevens proeftijd, String taakId, String uitkomstCode, String bevindingen,
                                           String door) {
        Controle controle = proeftijden.openControle(proeftijd.id(), taakId).orElseThrow(() -> new OngeldigeInvoerException(
                Proeftijd.CONTROLE_UITKOMST.name(), "Deze controle is vervallen of hoort niet bij deze proeftijd."));
        Voorwaarde voorwaarde = voorwaarde(proeftijd, controle.voorwaardeId());
        Optional<ControleUitkomst> uitkomst = ControleUitkomst.of(uitkomstCode).filter(u -> u != ControleUitkomst.VERVALLEN);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (uitkomst.isEmpty()) {
            fout(fouten, Proeftijd.CONTROLE_UITKOMST.name(), "kies of de voorwaarde is nageleefd of overtreden");
        }
        if (uitkomst.orElse(null) == ControleUitkomst.OVERTREDEN && isLeeg(bevindingen)) {
            fout(fouten, Proeftijd.CONTROLE_BEVINDINGEN.name(), "beschrijf wat er gebeurd is: wat, wanneer en wie het zag");
        } else if (bevindingen != null && bevindingen.length() > KORT) {
            fout(fouten, Proeftijd.CONTROLE_BEVINDINGEN.name(), "is langer dan " + KORT + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        LocalDateTime nu = klok.nu();
        String tekst = isLeeg(bevindingen) ? null : bevindingen.strip();
        proeftijden.legControleVast(controle.id(), uitkomst.get(), tekst, door, nu);
        Long overtreding = uitkomst.get() == ControleUitkomst.OVERTREDEN
                ? proeftijden.meldOvertreding(proeftijd.id(), voorwaarde.id(), controle.id(), tekst, door, VIA_CONTROLE, nu)
                : null;
        auditLog.record(proeftijd.huis(), "PROEFTIJD_CONTROLE_" + uitkomst.get().name(), proeftijd.casusId(),
                proeftijd.nummer() + ", voorwaarde " + voorwaarde.id());
        return new Controleverslag(uitkomst.get(), voorwaarde, overtreding);
    }

    /**
     * A breach reported at any moment (the project's endpoint for the supervising group and the OM of
     * the house): recorded, then handed to the probation's process as the message VoorwaardeOvertreden,
     * which the engine correlates after the endpoint checked who reports it. Returns the breach's id.
     */
    @Transactional
    public long meldOvertreding(String huis, String nummer, OvertredingMelding melding, String door, List<String> groepen) {
        Gegevens proeftijd = proeftijden.findByNummer(huis, nummer).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Proeftijd " + nummer + " niet gevonden"));
        if (!groepen.contains(PartnerGroup.OM.id()) && !groepen.contains(proeftijd.toezichthouder())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen de toezichthouder ("
                    + Woorden.woord(PartnerGroup.class, proeftijd.toezichthouder())
                    + ") en het Openbaar Ministerie melden een overtreding van deze proeftijd.");
        }
        if (!loopt(proeftijd)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Proeftijd " + nummer + " loopt niet meer (tot "
                    + Woorden.datum(proeftijd.einddatum()) + ", " + Woorden.woord(ProeftijdStatus.class, proeftijd.status())
                    .toLowerCase() + "); een overtreding wordt gemeld tijdens de proeftijd.");
        }
        invoer.controleer(melding);
        if (melding.voorwaardeId() != null && proeftijden.voorwaarde(proeftijd.id(), melding.voorwaardeId())
                .filter(Voorwaarde::geldt).isEmpty()) {
            throw new OngeldigeInvoerException("voorwaardeId", "Voorwaarde " + melding.voorwaardeId()
                    + " is geen geldende voorwaarde van proeftijd " + nummer + " (zie het dossier)");
        }
        long overtreding = proeftijden.meldOvertreding(proeftijd.id(), melding.voorwaardeId(), null, melding.wat().strip(),
                door, VIA_MELDING, klok.nu());
        auditLog.record(huis, "PROEFTIJD_OVERTREDING_GEMELD", proeftijd.casusId(), proeftijd.nummer() + ", overtreding "
                + overtreding);
        try {
            systemAction.run(() -> runtimeService.createMessageCorrelation(Proeftijd.MESSAGE_VOORWAARDE_OVERTREDEN)
                    .processInstanceBusinessKey(proeftijd.nummer())
                    .tenantId(huis)
                    .setVariable(Proeftijd.OVERTREDING_ID.name(), overtreding)
                    .correlate());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Proeftijd " + nummer
                    + " neemt nu geen melding aan (de voorwaarden worden net gewijzigd); probeer het zo opnieuw.");
        }
        return overtreding;
    }

    /**
     * The household's case gets the breach as a new incident; the same breach always carries the same key.
     * A probation of a ZSM case puts nothing on an agenda: its conditional dismissal was the table's final
     * decision, so the ZSM case is closed whenever its probation runs, and the breach goes only to the OM
     * (the table's chair), whose reaction task follows; the OM can put the household forward again.
     */
    public void agendeer(Gegevens proeftijd, Long overtredingId) {
        Overtreding overtreding = overtreding(proeftijd, overtredingId);
        if (proeftijd.vanZsm()) {
            auditLog.record(proeftijd.huis(), "PROEFTIJD_OVERTREDING_NAAR_OM", null, proeftijd.nummer() + ", ZSM-zaak "
                    + proeftijd.zsmnummer() + ", overtreding " + overtreding.id());
            return;
        }
        Voorwaarde voorwaarde = overtreding.voorwaardeId() == null ? null : voorwaarde(proeftijd, overtreding.voorwaardeId());
        String sleutel = "proeftijd-overtreding-" + overtreding.id();
        IncidentService.Uitkomst uitkomst = incidenten.meld(new IncidentService.Incident(proeftijd.casusnummer(),
                proeftijd.huis(), IncidentBron.PROEFTIJD, ProeftijdTeksten.incident(proeftijd, overtreding, voorwaarde), sleutel));
        if (uitkomst.status() == IncidentStatus.GEEN_LOPENDE_CASUS) {
            // The OM still reacts to the breach; only the case is no longer there to re-assess it.
            log.warn("Overtreding {} van proeftijd {}: {}", overtreding.id(), proeftijd.nummer(), uitkomst.melding());
        }
        proeftijden.legIncidentVast(overtreding.id(), sleutel, klok.nu());
        auditLog.record(proeftijd.huis(), "PROEFTIJD_INCIDENT_GEMELD", proeftijd.casusId(), proeftijd.nummer() + ", " + sleutel);
    }

    /** Binds the OM's reaction task to the breach it answers. */
    public void bindReactie(Gegevens proeftijd, Long overtredingId, String taakId) {
        if (!proeftijden.bindReactieTaak(proeftijd.id(), overtreding(proeftijd, overtredingId).id(), taakId)) {
            throw new IllegalStateException("Overtreding " + overtredingId + " heeft al een reactietaak");
        }
    }

    /**
     * The OM's reaction to the breach of this task, with its reason. Changed conditions replace those in
     * force (unchanged ones stay, with their checks) and restart the checks from today; execution (or, after
     * a conditional dismissal, prosecution) ends the probation. Changing the conditions of a probation that
     * has ended is refused.
     */
    public OmReactie legReactieVast(Gegevens proeftijd, String taakId, String reactieCode, String reden,
                                    Supplier<Voorwaardenwijziging> wijziging, String door) {
        Overtreding overtreding = proeftijden.overtredingZonderReactie(proeftijd.id(), taakId).orElseThrow(() ->
                new OngeldigeInvoerException(Proeftijd.OM_REACTIE.name(), "Op deze overtreding is al gereageerd."));
        Optional<OmReactie> reactie = OmReactie.of(reactieCode);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (reactie.isEmpty()) {
            fout(fouten, Proeftijd.OM_REACTIE.name(), "kies waarschuwing, gewijzigde voorwaarden of tenuitvoerlegging");
        } else if (reactie.get() == OmReactie.GEWIJZIGDE_VOORWAARDEN && !klok.vandaag().isBefore(proeftijd.einddatum())) {
            fout(fouten, Proeftijd.OM_REACTIE.name(), "de proeftijd is op " + Woorden.datum(proeftijd.einddatum())
                    + " afgelopen; kies een waarschuwing of tenuitvoerlegging");
        }
        if (isLeeg(reden)) {
            fout(fouten, Proeftijd.REACTIE_REDEN.name(), "geef de reden van uw reactie");
        } else if (reden.length() > LANG) {
            fout(fouten, Proeftijd.REACTIE_REDEN.name(), "is langer dan " + LANG + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        LocalDateTime nu = klok.nu();
        switch (reactie.get()) {
            case GEWIJZIGDE_VOORWAARDEN -> wijzig(proeftijd, invoer.controleer(wijziging.get()), nu);
            case TENUITVOERLEGGING -> {
                proeftijden.beeindig(proeftijd.id(), ProeftijdStatus.TENUITVOERLEGGING, nu);
                proeftijden.laatOpenControlesVervallen(proeftijd.id(), nu);
            }
            default -> { }
        }
        proeftijden.legReactieVast(overtreding.id(), reactie.get(), reden.strip(), door, nu);
        auditLog.record(proeftijd.huis(), "PROEFTIJD_REACTIE_" + reactie.get().name(), proeftijd.casusId(),
                proeftijd.nummer() + ", overtreding " + overtreding.id());
        return reactie.get();
    }

    private void wijzig(Gegevens proeftijd, Voorwaardenwijziging wijziging, LocalDateTime nu) {
        List<VoorwaardeInvoer> nieuw = new ArrayList<>(wijziging.voorwaarden().stream().map(VoorwaardeInvoer::genormaliseerd)
                .distinct().toList());
        for (Voorwaarde geldend : proeftijden.geldend(proeftijd.id())) {
            VoorwaardeInvoer zelfde = new VoorwaardeInvoer(VoorwaardeSoort.valueOf(geldend.soort()), geldend.omschrijving());
            if (!nieuw.remove(zelfde)) {
                proeftijden.laatVervallen(geldend.id(), nu);
            }
        }
        nieuw.forEach(v -> proeftijden.addVoorwaarde(proeftijd.id(), v, nu));
        proeftijden.updateRisico(proeftijd.id(), wijziging.risico().name());
        // Every line of checks starts again from today; the open tasks end with the old lines.
        proeftijden.laatOpenControlesVervallen(proeftijd.id(), nu);
    }

    /** The supervisor's closing evaluation: how it went, in words, and whether the conditions were kept. */
    public void legEvaluatieVast(Gegevens proeftijd, String uitkomstCode, String evaluatie, String door) {
        Optional<EvaluatieUitkomst> uitkomst = EvaluatieUitkomst.of(uitkomstCode);
        Map<String, String> fouten = new LinkedHashMap<>();
        if (uitkomst.isEmpty()) {
            fout(fouten, Proeftijd.EVALUATIE_UITKOMST.name(), "kies of de voorwaarden zijn nageleefd");
        }
        if (isLeeg(evaluatie)) {
            fout(fouten, Proeftijd.EVALUATIE.name(), "beschrijf hoe de proeftijd is verlopen");
        } else if (evaluatie.length() > LANG) {
            fout(fouten, Proeftijd.EVALUATIE.name(), "is langer dan " + LANG + " tekens");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        proeftijden.legEvaluatieVast(proeftijd.id(), uitkomst.get(), evaluatie.strip(), door, klok.nu());
        auditLog.record(proeftijd.huis(), "PROEFTIJD_GEEVALUEERD", proeftijd.casusId(),
                proeftijd.nummer() + ", " + uitkomst.get().name());
    }

    /** Running: not ended by the OM, and its period not yet over. */
    boolean loopt(Gegevens proeftijd) {
        return ProeftijdStatus.LOPEND.name().equals(proeftijd.status()) && klok.vandaag().isBefore(proeftijd.einddatum());
    }

    private Overtreding overtreding(Gegevens proeftijd, Long overtredingId) {
        return Optional.ofNullable(overtredingId).flatMap(id -> proeftijden.overtreding(proeftijd.id(), id))
                .orElseThrow(ProeftijdBinding::nietVanDezeInstantie);
    }

    /** The refusal of one field, named as the form labels it; a second message for a field is added to the first. */
    private void fout(Map<String, String> fouten, String veld, String melding) {
        invoer.ongeldig(veld, melding).fouten().forEach((v, m) -> fouten.merge(v, m, (a, b) -> a + "; " + b));
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
