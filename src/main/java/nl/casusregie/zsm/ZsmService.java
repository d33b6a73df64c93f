package nl.casusregie.zsm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casusregie.aanmelding.Aanmelder;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.aanmelding.AanmeldingService;
import nl.casusregie.aanmelding.LidRequest;
import nl.casusregie.aanmelding.Registratie;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.agenda.TerugkeerReden;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.overleg.Grondslag;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.Invoercontrole;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;
import nl.casusregie.proeftijd.ProeftijdRepository;
import nl.casusregie.proeftijd.ProeftijdService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ZSM deepening route as the people at the table act in it: a ZSM partner puts a case forward
 * (its household matched as referrals are), it goes on the next open session's agenda, each partner
 * brings in what it knows, and the officer decides in the session. Refusals name the form's fields.
 */
@Service
public class ZsmService {

    private static final int MAX_TEKST = 4000;
    private static final int MAX_KORT = 2000;

    private final ZsmRepository zaken;
    private final HuishoudenRepository huishoudens;
    private final AgendaService agenda;
    private final AuditLog auditLog;
    private final Invoercontrole invoer;
    private final EngineKlok klok;
    private final RuntimeService runtimeService;
    private final AanmeldingService aanmeldingen;
    private final ProeftijdService proeftijden;
    private final ZsmBriefService brieven;

    ZsmService(ZsmRepository zaken, HuishoudenRepository huishoudens, AgendaService agenda, AuditLog auditLog,
               Invoercontrole invoer, EngineKlok klok, RuntimeService runtimeService, AanmeldingService aanmeldingen,
               ProeftijdService proeftijden, ZsmBriefService brieven) {
        this.brieven = brieven;
        this.aanmeldingen = aanmeldingen;
        this.proeftijden = proeftijden;
        this.zaken = zaken;
        this.huishoudens = huishoudens;
        this.agenda = agenda;
        this.auditLog = auditLog;
        this.invoer = invoer;
        this.klok = klok;
        this.runtimeService = runtimeService;
    }

    /** The partner groups at the table that contribute before a session and say whether worries remain: all but the chair. */
    public static List<String> partners() {
        return Tafel.ZSM_VERDIEPING.aanTafel().stream().filter(g -> g != PartnerGroup.OM).map(PartnerGroup::id).toList();
    }

    /** Who is told the outcome: the partners at the table and the group that put the case forward (the OM too, if it did). */
    public static List<String> ontvangers(ZsmRepository.Zaak zaak) {
        List<String> ontvangers = new java.util.ArrayList<>(partners());
        if (!ontvangers.contains(zaak.ingebrachtGroep())) {
            ontvangers.add(zaak.ingebrachtGroep());
        }
        return ontvangers;
    }

    /** The user's group at the ZSM table, if any: only the ZSM partners put a case forward. */
    public static Optional<String> groepAanTafel(List<String> groepen) {
        return Tafel.ZSM_VERDIEPING.aanTafel().stream().map(PartnerGroup::id).filter(groepen::contains).findFirst();
    }

    /** Registers the case and starts its zsm-verdieping instance as the user, in one transaction (the API). */
    @Transactional
    public ZsmRepository.Zaak start(String huis, ZsmInbreng inbreng, String door, List<String> groepen) {
        ZsmRepository.Zaak zaak = registreer(huis, inbreng, door, groepen);
        runtimeService.createProcessInstanceByKey(ZsmVerdieping.PROCESS_KEY)
                .businessKey(zaak.nummer())
                .setVariable(ZsmVerdieping.ZAAK_ID.name(), zaak.id())
                .setVariable(ZsmVerdieping.HUIS.name(), huis)
                .execute();
        return zaken.get(zaak.id());
    }

    /** Checks the entry and stores it with its people, in the household they are known in (name and birth date) or a new one. */
    @Transactional
    public ZsmRepository.Zaak registreer(String huis, ZsmInbreng inbreng, String door, List<String> groepen) {
        String groep = groepAanTafel(groepen).orElseThrow(() -> new OngeldigeInvoerException("buikpijnReden",
                "Alleen de partners van het ZSM-verdiepingsoverleg brengen een zaak in."));
        invoer.controleer(inbreng);
        long huishoudenId = inbreng.betrokkenen().stream()
                .map(b -> huishoudens.findByMember(huis, lid(b)))
                .flatMap(Optional::stream).findFirst()
                .orElseGet(() -> huishoudens.create(huis));
        inbreng.betrokkenen().forEach(b -> huishoudens.addMemberIfNew(huishoudenId, lid(b)));
        ZsmRepository.Zaak zaak = zaken.create(huis, huishoudenId, inbreng, door, groep, klok.nu());
        inbreng.betrokkenen().forEach(b -> zaken.addBetrokkene(zaak.id(), b));
        auditLog.record(huis, "ZSM_INGEBRACHT", null, zaak.nummer() + ", door " + groep + ", huishouden " + huishoudenId);
        return zaak;
    }

    /** Puts the case on the next open session; a retried step finds it where it is. */
    @Transactional
    public Agendapunt agendeer(ZsmRepository.Zaak zaak, String procesInstantieId) {
        return agenda.zetOpAgenda(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer(), procesInstantieId);
    }

    /** The item of the session the case waits for (or was last on). */
    public Optional<Agendapunt> agendapunt(ZsmRepository.Zaak zaak) {
        List<Agendapunt> punten = agenda.geschiedenis(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer());
        return punten.isEmpty() ? Optional.empty() : Optional.of(punten.get(punten.size() - 1));
    }

    /** A partner's contribution for the coming session; the partner is the task's group. */
    @Transactional
    public void legBijdrageVast(ZsmRepository.Zaak zaak, String partner, ZsmBijdrage bijdrage, String door) {
        if (bijdrage.grondslag() == null) {
            throw invoer.ongeldig("grondslag", "kies de grond waarop u deelt, of dat toestemming is geweigerd");
        }
        if (bijdrage.grondslag() == Grondslag.GEWEIGERD && leeg(bijdrage.weigering())) {
            throw invoer.ongeldig("weigering", "noem wie welke toestemming weigerde");
        }
        if (bijdrage.grondslag() != Grondslag.GEWEIGERD && leeg(bijdrage.informatie())) {
            throw invoer.ongeldig("informatie", "is verplicht: wat laten uw systemen en gesprekken zien?");
        }
        if (!leeg(bijdrage.verzoek()) && leeg(bijdrage.verzoekReden())) {
            throw invoer.ongeldig("informatieverzoekReden", "noem waarom de gevraagde informatie nodig is");
        }
        invoer.maxLengte("informatie", bijdrage.informatie(), MAX_TEKST);
        invoer.maxLengte("weigering", bijdrage.weigering(), MAX_KORT);
        invoer.maxLengte("informatieverzoek", bijdrage.verzoek(), MAX_KORT);
        invoer.maxLengte("informatieverzoekReden", bijdrage.verzoekReden(), MAX_KORT);
        Agendapunt punt = agenda.openPunt(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer()).orElseThrow(() ->
                invoer.ongeldig("informatie", "zaak " + zaak.nummer() + " staat niet op de agenda"));
        boolean geweigerd = bijdrage.grondslag() == Grondslag.GEWEIGERD;
        zaken.addBijdrage(zaak.id(), punt.id(), partner, new ZsmBijdrage(bijdrage.grondslag(),
                geweigerd ? null : strip(bijdrage.informatie()), geweigerd ? strip(bijdrage.weigering()) : null,
                strip(bijdrage.verzoek()), leeg(bijdrage.verzoek()) ? null : strip(bijdrage.verzoekReden())), door, klok.nu());
        auditLog.record(zaak.huis(), "ZSM_BIJDRAGE", null, zaak.nummer() + ", " + partner + ", " + bijdrage.grondslag());
    }

    /**
     * The session's record and the officer's decision. Back on the agenda needs a reason; a termijnzaak
     * a date after today; every other decision closes the case or hands it over, and only when no
     * partner has worries left. A handover waits for the receiving group's confirmation.
     */
    @Transactional
    public ZsmRepository.Bespreking bespreek(ZsmRepository.Zaak zaak, ZsmBespreking bespreking, String door) {
        Set<String> aanTafel = Set.copyOf(Tafel.ZSM_VERDIEPING.aanTafel().stream().map(PartnerGroup::id).toList());
        if (leeg(bespreking.regiehouder()) || !aanTafel.contains(bespreking.regiehouder())) {
            throw invoer.ongeldig("regiehouder", "kies een partner aan tafel als regiehouder");
        }
        if (leeg(bespreking.interpretatie())) {
            throw invoer.ongeldig("interpretatie", "is verplicht: wat zien de partners samen?");
        }
        invoer.maxLengte("interpretatie", bespreking.interpretatie(), MAX_TEKST);
        invoer.maxLengte("besluitToelichting", bespreking.toelichting(), MAX_TEKST);
        invoer.maxLengte("briefTekst", bespreking.briefTekst(), MAX_TEKST);
        invoer.maxLengte("briefTaal", bespreking.briefTaal(), 64);
        ZsmBesluit besluit = bespreking.besluit();
        if (besluit == null) {
            throw invoer.ongeldig("officierBesluit", "kies het besluit van de officier");
        }
        List<String> metZorgen = bespreking.zorgen().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .sorted().toList();
        switch (besluit) {
            case TERUG_OP_AGENDA -> {
                if (bespreking.terugkeerReden() == null) {
                    throw invoer.ongeldig("terugkeerReden", "kies waarom de zaak terug op de agenda komt");
                }
            }
            case TERMIJNZAAK -> {
                if (bespreking.termijnDatum() == null || !bespreking.termijnDatum().isAfter(klok.vandaag())) {
                    throw invoer.ongeldig("termijnTot", "noem een datum na vandaag waarop de zaak terugkomt");
                }
            }
            default -> {
                if (!metZorgen.isEmpty()) {
                    throw invoer.ongeldig("zorgenBlijven", Woorden.opsomming(metZorgen.stream()
                            .map(g -> Woorden.woord(PartnerGroup.class, g)).toList())
                            + (metZorgen.size() == 1 ? " heeft" : " hebben")
                            + " nog zorgen; de zaak sluit of gaat over pas als geen partner nog zorgen heeft. "
                            + "Zet de zaak terug op de agenda of maak er een termijnzaak van.");
                }
                if (besluit == ZsmBesluit.SEPOT_MET_BRIEF) {
                    for (String veld : List.of("briefTekst", "briefAan", "briefTaal")) {
                        if (leeg(veld.equals("briefAan") ? bespreking.briefAan()
                                : veld.equals("briefTekst") ? bespreking.briefTekst() : bespreking.briefTaal())) {
                            throw invoer.ongeldig(veld, "is verplicht bij een sepot met persoonlijke brief");
                        }
                    }
                }
                if (besluit == ZsmBesluit.VOORWAARDELIJK_SEPOT && bespreking.proeftijd() == null) {
                    throw invoer.ongeldig("duurMaanden", "is verplicht bij een voorwaardelijk sepot met proeftijd");
                }
                if (besluit == ZsmBesluit.SIGNAAL_ANDER_TEAM && leeg(bespreking.toelichting())) {
                    throw invoer.ongeldig("besluitToelichting", "noem het team dat het signaal krijgt, en waarom");
                }
            }
        }
        // A letter goes with a decision that is final (the person is told what was decided), never with a return.
        String briefAan = besluit.houdtAanTafel() || leeg(bespreking.briefTekst()) ? null : geadresseerde(zaak, bespreking.briefAan());
        Agendapunt punt = agenda.openPunt(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer()).orElseThrow(() ->
                invoer.ongeldig("officierBesluit", "zaak " + zaak.nummer() + " staat niet op de agenda"));
        String ontvanger = besluit.ontvanger().map(PartnerGroup::id).orElse(null);
        ZsmBespreking opgeslagen = new ZsmBespreking(bespreking.regiehouder(), bespreking.interpretatie().strip(),
                bespreking.zorgen(), besluit, besluit == ZsmBesluit.TERUG_OP_AGENDA ? bespreking.terugkeerReden() : null,
                besluit == ZsmBesluit.TERMIJNZAAK ? bespreking.termijnDatum() : null, strip(bespreking.toelichting()),
                briefAan, briefAan == null ? null : strip(bespreking.briefTekst()),
                briefAan == null ? null : leeg(bespreking.briefTaal()) ? ZsmBriefService.NEDERLANDS : strip(bespreking.briefTaal()),
                bespreking.proeftijd());
        long besprekingId = zaken.addBespreking(zaak.id(), punt.id(), opgeslagen, ontvanger, door, klok.nu());
        if (briefAan != null) {
            brieven.maak(zaak, besprekingId, besluit, briefAan, opgeslagen.briefTekst(), opgeslagen.briefTaal(), door);
        }
        if (besluit == ZsmBesluit.AANMELDING_ZVH) {
            zaken.setZvhCasus(besprekingId, meldAanBijZvh(zaak, door));
        }
        if (besluit == ZsmBesluit.VOORWAARDELIJK_SEPOT) {
            // Only the officer works the session task (the engine checked its candidate group), so the OM imposes it.
            ProeftijdRepository.Gegevens proeftijd = proeftijden.startVoorZsmZaak(zaak.huis(), zaak.id(),
                    bespreking.proeftijd(), door, List.of(PartnerGroup.OM.id()));
            auditLog.record(zaak.huis(), "ZSM_PROEFTIJD_GESTART", null, zaak.nummer() + " -> " + proeftijd.nummer());
        }
        if (besluit == ZsmBesluit.TERUG_OP_AGENDA) {
            agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer(), bespreking.terugkeerReden(),
                    bespreking.toelichting());
        } else {
            agenda.handelAf(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer());
        }
        if (!besluit.houdtAanTafel() && ontvanger == null) {
            zaken.setStatus(zaak.id(), ZsmRepository.BESLOTEN);
        }
        auditLog.record(zaak.huis(), "ZSM_BESPROKEN", null, zaak.nummer() + ", besluit " + besluit.name()
                + ", regiehouder " + bespreking.regiehouder() + (metZorgen.isEmpty() ? "" : ", zorgen bij " + metZorgen));
        return zaken.laatsteBespreking(zaak.id()).orElseThrow();
    }

    /** The person a letter is addressed to: one of the people involved, by name as the entry gave it. */
    private String geadresseerde(ZsmRepository.Zaak zaak, String aan) {
        List<String> namen = zaken.inbreng(zaak.id()).betrokkenen().stream().map(ZsmBetrokkene::naam).toList();
        String keuze = namen.size() == 1 ? namen.get(0)
                : String.join(", ", namen.subList(0, namen.size() - 1)) + " of " + namen.get(namen.size() - 1);
        if (leeg(aan)) {
            throw invoer.ongeldig("briefAan", "noem aan wie de brief is: " + keuze);
        }
        String gezocht = aan.strip().replaceAll("\\s+", " ");
        return namen.stream().filter(n -> n.strip().replaceAll("\\s+", " ").equalsIgnoreCase(gezocht)).findFirst()
                .orElseThrow(() -> invoer.ongeldig("briefAan", "is geen van de betrokkenen; kies " + keuze));
    }

    /**
     * Refers the household to the care-and-safety house as any partner does (AanmeldingService): a new
     * zvh-casus with triage, or a new incident on the household's running case. Only the people go
     * along, and where the referral came from: nothing the ZSM table wrote reaches the case, its
     * triage or what is written for clients.
     */
    private String meldAanBijZvh(ZsmRepository.Zaak zaak, String door) {
        List<LidRequest> leden = zaken.inbreng(zaak.id()).betrokkenen().stream()
                .map(b -> new LidRequest(b.naam(), b.geboortedatum(), null, b.rol(), null, null)).toList();
        AanmeldingRequest aanmelding = new AanmeldingRequest(leden, null, null, null, null, null, null, null,
                "Aangemeld vanuit het ZSM-verdiepingsoverleg (" + zaak.nummer() + ").", null, null, null, null, null, null,
                null, null);
        Registratie registratie = aanmeldingen.meldAan(aanmelding, new Aanmelder(door, PartnerGroup.OM.id(), zaak.huis()));
        auditLog.record(zaak.huis(), "ZSM_AANGEMELD_BIJ_ZVH", registratie.casus().id(), zaak.nummer() + " -> "
                + registratie.casus().nummer() + (registratie.nieuwIncident() ? ", nieuw incident" : ", nieuwe casus"));
        return registratie.casus().nummer();
    }

    /** A termijnzaak's date has come: the case comes back on the agenda, waiting for what the term was for. */
    @Transactional
    public void termijnVerstreken(ZsmRepository.Zaak zaak) {
        ZsmRepository.Bespreking laatste = zaken.laatsteBespreking(zaak.id()).orElseThrow();
        if (agenda.openPunt(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer()).isPresent()) {
            return; // a retried step: it is on the agenda already
        }
        agenda.zetTerugOpAgenda(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer(), TerugkeerReden.WACHTEN_OP_ACTIE,
                "Termijnzaak: de termijn tot " + Woorden.datum(laatste.termijnDatum()) + " is verstreken.");
        auditLog.record(zaak.huis(), "ZSM_TERMIJN_VERSTREKEN", null, zaak.nummer());
    }

    /** The receiving group confirms the handover started; then the case is handed over. */
    @Transactional
    public void bevestigOverdracht(ZsmRepository.Zaak zaak, String groep, String door, String toelichting) {
        invoer.maxLengte("overdrachtToelichting", toelichting, MAX_KORT);
        ZsmRepository.Bespreking laatste = zaken.laatsteBespreking(zaak.id()).orElseThrow();
        if (laatste.ontvanger() == null || !laatste.ontvanger().equals(groep)
                || !zaken.bevestigOverdracht(laatste.id(), door, strip(toelichting), klok.nu())) {
            throw invoer.ongeldig("overdrachtToelichting", "deze overdracht is niet aan uw organisatie of al bevestigd");
        }
        zaken.setStatus(zaak.id(), ZsmRepository.OVERGEDRAGEN);
        auditLog.record(zaak.huis(), "ZSM_OVERDRACHT_BEVESTIGD", null, zaak.nummer() + ", " + groep);
    }

    private static Huishoudlid lid(ZsmBetrokkene b) {
        return new Huishoudlid(b.naam().strip(), b.geboortedatum(), null, b.rol(), null, false);
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static String strip(String tekst) {
        return leeg(tekst) ? null : tekst.strip();
    }

    static LocalDate datum(java.util.Date date) {
        return date == null ? null : date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
}
