package nl.casusregie.instroom;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.aanmelding.AanmeldingService;
import nl.casusregie.aanmelding.LidRequest;
import nl.casusregie.aanmelding.Registratie;
import nl.casusregie.actieoverleg.ActieOverleg;
import nl.casusregie.actieoverleg.ActieOverlegMelding;
import nl.casusregie.actieoverleg.ActieOverlegRequest;
import nl.casusregie.actieoverleg.Betrokkene;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.instroom.MeldingRepository.Melding;
import nl.casusregie.platform.AccessSetup;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.zsm.ZsmBetrokkene;
import nl.casusregie.zsm.ZsmInbreng;
import nl.casusregie.zsm.ZsmRepository;
import nl.casusregie.zsm.ZsmService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new report as the people who receive it act on it: police or Veilig Thuis enter it (its household
 * matched by name and birth date), instroom-route advises a route in the model, the reporter confirms
 * it or chooses another with a reason, the partners acting together record what they agreed where the
 * route has no process of its own, and the report is handed to its table through that table's own
 * service. Refusals name the form's fields.
 */
@Service
public class MeldingService {

    /** What the report started: a case, an incident on the household's running case, or a table's case. */
    static final String ZVH_CASUS = "ZVH_CASUS";
    static final String ZVH_INCIDENT = "ZVH_INCIDENT";
    static final String ZSM_VERDIEPING = "ZSM_VERDIEPING";
    static final String ACTIE_OVERLEG = "ACTIE_OVERLEG";

    /** The tables a joint action can go on to, or none. */
    static final Set<String> VERVOLG = Set.of(Instroomroute.ZVH_TRIAGE.name(), Instroomroute.ZSM_VEILIG_THUIS.name(),
            Instroomroute.ACTIE_OVERLEG.name(), ActieOverleg.GEEN_TAFEL);

    private static final int MAX_TEKST = 4000;

    private final MeldingRepository meldingen;
    private final HuishoudenRepository huishoudens;
    private final Invoercontrole invoer;
    private final AuditLog auditLog;
    private final EngineKlok klok;
    private final RuntimeService runtimeService;
    private final AanmeldingService aanmeldingen;
    private final ZsmService zsm;
    private final ActieOverlegMelding actieOverleg;

    MeldingService(MeldingRepository meldingen, HuishoudenRepository huishoudens, Invoercontrole invoer, AuditLog auditLog,
                   EngineKlok klok, RuntimeService runtimeService, AanmeldingService aanmeldingen, ZsmService zsm,
                   ActieOverlegMelding actieOverleg) {
        this.meldingen = meldingen;
        this.huishoudens = huishoudens;
        this.invoer = invoer;
        this.auditLog = auditLog;
        this.klok = klok;
        this.runtimeService = runtimeService;
        this.aanmeldingen = aanmeldingen;
        this.zsm = zsm;
        this.actieOverleg = actieOverleg;
    }

    /** The user's group among those who receive new reports (police, Veilig Thuis), if any. */
    public static Optional<String> melderGroep(List<String> groepen) {
        return AccessSetup.MELDERS.stream().map(PartnerGroup::id).filter(groepen::contains).findFirst();
    }

    /** The groups that act together on a route without a process of its own (domain §6b), in the model's order. */
    static List<String> samenOp(Instroomroute route) {
        return switch (route) {
            case SAMEN_OP_IN_ACUUT -> List.of(PartnerGroup.POLITIE.id(), PartnerGroup.VEILIGTHUIS.id());
            case STRAFBARE_KINDERMISHANDELING -> List.of(PartnerGroup.VEILIGTHUIS.id(), PartnerGroup.OM.id(),
                    PartnerGroup.POLITIE.id(), PartnerGroup.RVDK.id());
            default -> List.of();
        };
    }

    /** Registers the report and starts its actie-overleg instance, which routes it, as the user, in one transaction (the API). */
    @Transactional
    public Melding start(String huis, MeldingRequest verzoek, String door, List<String> groepen) {
        Melding melding = registreer(huis, verzoek, door, groepen);
        runtimeService.createProcessInstanceByKey(ActieOverleg.PROCESS_KEY)
                .businessKey(melding.nummer())
                .setVariable(ActieOverleg.MELDING_ID.name(), melding.id())
                .setVariable(ActieOverleg.HUIS.name(), huis)
                .execute();
        return meldingen.get(melding.id());
    }

    /** Checks the report and stores it with its people, in the household they are known in (name and birth date) or a new one. */
    @Transactional
    public Melding registreer(String huis, MeldingRequest verzoek, String door, List<String> groepen) {
        String groep = melderGroep(groepen).orElseThrow(() -> new OngeldigeInvoerException("watGebeurd",
                "Alleen de politie en Veilig Thuis voeren een nieuwe melding in."));
        invoer.controleer(verzoek);
        long huishouden = verzoek.betrokkenen().stream()
                .map(b -> huishoudens.findByMember(huis, lid(b)))
                .flatMap(Optional::stream).findFirst()
                .orElseGet(() -> huishoudens.create(huis));
        verzoek.betrokkenen().forEach(b -> huishoudens.addMemberIfNew(huishouden, lid(b)));
        LocalDateTime nu = klok.nu();
        String nummer = meldingen.volgendNummer(huis, nu.getYear());
        long id = meldingen.insert(huis, nummer, huishouden, verzoek, door, groep, nu);
        verzoek.betrokkenen().forEach(b -> meldingen.insertPersoon(id, b));
        auditLog.record(huis, "MELDING_ONTVANGEN", null, nummer + ", door " + groep + ", huishouden " + huishouden);
        return meldingen.get(id);
    }

    /** Keeps the table's advice and reason with the report, as the business rule task gave them. */
    @Transactional
    public void legAdviesVast(Melding melding, String route, String reden) {
        if (Instroomroute.of(route).isEmpty()) {
            throw new IllegalStateException(InstroomAdvies.BESLISSING + " gaf geen bekende route voor " + melding.nummer()
                    + ": " + route);
        }
        meldingen.advies(melding.id(), route, reden);
        auditLog.record(melding.huis(), "MELDING_ADVIES", null, melding.nummer() + ", advies " + route);
    }

    /** The reporter confirms the advised route, or chooses another one: then only with a reason, which is kept and audited. */
    @Transactional
    public void kiesRoute(Melding melding, String gekozen, String afwijkReden, String door) {
        Instroomroute route = Instroomroute.of(gekozen)
                .orElseThrow(() -> invoer.ongeldig(ActieOverleg.GEKOZEN_ROUTE.name(), "kies de tafel die de melding neemt"));
        boolean afwijking = !route.name().equals(melding.adviesRoute());
        if (afwijking && leeg(afwijkReden)) {
            throw invoer.ongeldig(ActieOverleg.AFWIJK_REDEN.name(), "is verplicht als u een andere route kiest dan het advies ("
                    + Instroomroute.of(melding.adviesRoute()).map(Instroomroute::label).orElse(melding.adviesRoute()) + ")");
        }
        invoer.maxLengte(ActieOverleg.AFWIJK_REDEN.name(), afwijkReden, 2000);
        meldingen.routeGekozen(melding.id(), route.name(), afwijking ? afwijkReden.strip() : null, door, klok.nu());
        auditLog.record(melding.huis(), afwijking ? "MELDING_ROUTE_AFGEWEKEN" : "MELDING_ROUTE_BEVESTIGD", null,
                melding.nummer() + ", route " + route.name() + (afwijking ? ", advies " + melding.adviesRoute() : ""));
    }

    /** What the partners acting together agreed on an acute or child-abuse report, and the table it goes on to (or none). */
    @Transactional
    public void legSamenVast(Melding melding, String groep, String afspraken, String vervolg, String door) {
        Instroomroute route = melding.gekozen().orElseThrow();
        if (!samenOp(route).contains(groep)) {
            throw invoer.ongeldig(ActieOverleg.AFSPRAKEN.name(), "deze melding wordt niet door uw organisatie samen opgepakt");
        }
        if (leeg(afspraken)) {
            throw invoer.ongeldig(ActieOverleg.AFSPRAKEN.name(), "is verplicht: wat spraken de partners samen af?");
        }
        invoer.maxLengte(ActieOverleg.AFSPRAKEN.name(), afspraken, MAX_TEKST);
        if (vervolg == null || !VERVOLG.contains(vervolg)) {
            throw invoer.ongeldig(ActieOverleg.VERVOLG_KEUZE.name(), "kies de tafel die de melding nu neemt, of geen tafel");
        }
        meldingen.samenAfgesproken(melding.id(), afspraken.strip(), groep, vervolg, door, klok.nu());
        auditLog.record(melding.huis(), "MELDING_SAMEN_AFGESPROKEN", null, melding.nummer() + ", " + route.name() + ", door "
                + groep + ", vervolg " + vervolg);
    }

    /** The table the report goes on to now: the chosen route, or after a joint action what the partners chose. */
    static Optional<Instroomroute> tafel(Melding melding) {
        String tafel = melding.vervolgTafel() != null ? melding.vervolgTafel() : melding.route();
        return Instroomroute.of(tafel).filter(r -> samenOp(r).isEmpty());
    }

    /**
     * Hands the report to another table through that table's own service, in the reporter's name: a
     * referral (a new zvh-casus, or an incident on the household's running case) or a ZSM deepening case.
     * A retried step finds what it started and starts nothing twice.
     */
    @Transactional
    public void startTafel(Melding melding) {
        if (melding.gestartNummer() != null) {
            return;
        }
        Instroomroute tafel = tafel(melding).orElseThrow(() -> new IllegalStateException(
                "Melding " + melding.nummer() + " heeft geen tafel om naar door te gaan"));
        List<Betrokkene> betrokkenen = meldingen.betrokkenen(melding.id());
        String herkomst = metHerkomst(melding);
        switch (tafel) {
            case ZVH_TRIAGE -> {
                List<LidRequest> leden = betrokkenen.stream()
                        .map(b -> new LidRequest(b.naam(), b.geboortedatum(), null, b.rol().inHuishouden(), null, null)).toList();
                AanmeldingRequest aanmelding = new AanmeldingRequest(leden, null, null, null,
                        melding.feiten().acuteOnveiligheid(), null, null, null, herkomst, null, null, null, null, null, null,
                        null, null);
                Registratie registratie = aanmeldingen.meldAan(aanmelding,
                        new Aanmelder(melding.gemeldDoor(), melding.melderGroep(), melding.huis()));
                gestart(melding, registratie.nieuwIncident() ? ZVH_INCIDENT : ZVH_CASUS, registratie.casus().nummer());
            }
            case ZSM_VEILIG_THUIS -> {
                List<ZsmBetrokkene> zsmBetrokkenen = betrokkenen.stream()
                        .map(b -> new ZsmBetrokkene(b.naam(), b.geboortedatum(), b.rol().inHuishouden())).toList();
                ZsmRepository.Zaak zaak = zsm.start(melding.huis(), new ZsmInbreng(zsmBetrokkenen, herkomst, null),
                        melding.gemeldDoor(), List.of(melding.melderGroep()));
                gestart(melding, ZSM_VERDIEPING, zaak.nummer());
            }
            default -> throw new IllegalStateException("Route " + tafel + " heeft geen andere tafel met een eigen proces");
        }
    }

    /**
     * The report becomes an Actie-Overleg case, in the reporter's name, with its people and what happened
     * (marked with where it came from); the caller binds it to the report's own instance, which goes on
     * as that case.
     */
    @Transactional
    public ActieOverlegMelding.Gemeld meldActieOverleg(Melding melding) {
        ActieOverlegMelding.Gemeld gemeld = actieOverleg.registreer(new ActieOverlegRequest(meldingen.betrokkenen(melding.id()),
                metHerkomst(melding), melding.feiten().stalking()), melding.gemeldDoor(), melding.melderGroep(), melding.huis());
        gestart(melding, ACTIE_OVERLEG, gemeld.nummer());
        return gemeld;
    }

    private void gestart(Melding melding, String soort, String nummer) {
        meldingen.gestart(melding.id(), soort, nummer);
        auditLog.record(melding.huis(), "MELDING_DOORGEZET", null, melding.nummer() + " -> " + soort + " " + nummer);
    }

    /**
     * What happened, marked with the report it came from and, where the reporter overrode the advice,
     * that override and its reason, within the receiving table's column.
     */
    private static String metHerkomst(Melding melding) {
        String tekst = "Nieuwe melding " + melding.nummer() + ": " + melding.watGebeurd()
                + (melding.afgeweken() ? "\n" + MeldingTekst.afwijking(melding) : "");
        return tekst.length() <= MAX_TEKST ? tekst : tekst.substring(0, MAX_TEKST - 1) + "…";
    }

    private static Huishoudlid lid(Betrokkene b) {
        return new Huishoudlid(b.naam().strip(), b.geboortedatum(), null, b.rol().inHuishouden(), null, false);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
