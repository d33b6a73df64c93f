package nl.casusregie.actieoverleg;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.casus.Casus;
import nl.casusregie.casus.CasusRepository;
import nl.casusregie.casus.IncidentBron;
import nl.casusregie.casus.IncidentService;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a case for the Actie-Overleg: checks it, files it with the household (a known household
 * when a person's name and birth date match, else a new one: one household, one file), stores it
 * with its people, and has the engine start its actie-overleg instance under a number of its own in
 * the reporter's house. When the household's zvh-casus runs, the report is a new incident there too.
 * All of it in one transaction, so a refusal stores nothing.
 */
@Service
public class ActieOverlegMelding {

    /** What the reporter gets back: the case's number, and the running case it was also reported on, if any. */
    public record Gemeld(long id, String nummer, String casusnummer) {
    }

    private final Invoercontrole invoer;
    private final ActieOverlegRepository zaken;
    private final HuishoudenRepository huishoudens;
    private final CasusRepository casussen;
    private final IncidentService incidenten;
    private final AuditLog auditLog;
    private final RuntimeService runtimeService;
    private final SystemAction systemAction;
    private final EngineKlok klok;

    ActieOverlegMelding(Invoercontrole invoer, ActieOverlegRepository zaken, HuishoudenRepository huishoudens,
                        CasusRepository casussen, IncidentService incidenten, AuditLog auditLog, RuntimeService runtimeService,
                        SystemAction systemAction, EngineKlok klok) {
        this.invoer = invoer;
        this.zaken = zaken;
        this.huishoudens = huishoudens;
        this.casussen = casussen;
        this.incidenten = incidenten;
        this.auditLog = auditLog;
        this.runtimeService = runtimeService;
        this.systemAction = systemAction;
        this.klok = klok;
    }

    /** Veilig Thuis or the police, as whom a user with these groups reports; nobody else reports here. */
    static Optional<String> melder(List<String> groepen) {
        return Stream.of(PartnerGroup.VEILIGTHUIS, PartnerGroup.POLITIE).map(PartnerGroup::id).filter(groepen::contains).findFirst();
    }

    static final String ALLEEN_MELDERS = "Alleen Veilig Thuis en de politie melden een casus aan voor het Actie-Overleg.";

    /** Stores the report and has the engine start its instance, for the API. */
    @Transactional
    public Gemeld meld(ActieOverlegRequest verzoek, String userId, String partner, String huis) {
        Gemeld gemeld = registreer(verzoek, userId, partner, huis);
        // The user may not start the process; the system does, for this one case.
        systemAction.run(() -> runtimeService.createProcessInstanceByKey(ActieOverleg.PROCESS_KEY)
                .businessKey(gemeld.nummer())
                .setVariable(ActieOverleg.ACTIE_OVERLEG_ID.name(), gemeld.id())
                .setVariable(ActieOverleg.HUIS.name(), huis)
                .setVariable(ActieOverleg.NUMMER.name(), gemeld.nummer())
                .execute());
        return gemeld;
    }

    /** Checks the report and stores it with its people in the household's file; the start form's instance is started already. */
    @Transactional
    public Gemeld registreer(ActieOverlegRequest verzoek, String userId, String partner, String huis) {
        invoer.controleer(verzoek);
        long huishouden = huishouden(verzoek, huis);
        Optional<Casus> lopend = casussen.lopendeCasus(huishouden);
        LocalDateTime nu = klok.nu();
        String nummer = zaken.volgendNummer(huis, nu.getYear());
        long id = zaken.insert(huis, nummer, huishouden, lopend.map(Casus::id).orElse(null), verzoek.watGebeurd().strip(),
                verzoek.stalking(), userId, partner, nu);
        for (Betrokkene betrokkene : verzoek.betrokkenen()) {
            zaken.insertPersoon(id, betrokkene.rol(), betrokkene.naam(), betrokkene.geboortedatum());
        }
        auditLog.record(huis, "ACTIE_OVERLEG_GEMELD", lopend.map(Casus::id).orElse(null), nummer
                + (verzoek.stalking() ? ", stalking" : "") + ", huishouden " + huishouden);
        lopend.ifPresent(casus -> incidenten.meld(new IncidentService.Incident(casus.nummer(), huis, IncidentBron.ACTIE_OVERLEG,
                "Aangemeld voor het Actie-Overleg (" + nummer + "): " + verzoek.watGebeurd().strip(), "actie-overleg:" + nummer)));
        return new Gemeld(id, nummer, lopend.map(Casus::nummer).orElse(null));
    }

    /** The household a person already belongs to by name and birth date, or a new one; its people join its file. */
    private long huishouden(ActieOverlegRequest verzoek, String huis) {
        long huishouden = verzoek.betrokkenen().stream()
                .map(b -> huishoudens.findByMember(huis, lid(b)))
                .flatMap(Optional::stream).findFirst()
                .orElseGet(() -> huishoudens.create(huis));
        verzoek.betrokkenen().forEach(b -> huishoudens.addMemberIfNew(huishouden, lid(b)));
        return huishouden;
    }

    private static Huishoudlid lid(Betrokkene betrokkene) {
        return new Huishoudlid(betrokkene.naam().strip(), betrokkene.geboortedatum(), null, betrokkene.rol().inHuishouden(),
                null, false);
    }
}
