package nl.casusregie.brief;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.brief.ClientbriefRepository.Afspraak;
import nl.casusregie.brief.ClientbriefRepository.Ronde;
import nl.casusregie.dossier.DossierService;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.huishouden.HuishoudenRepository;
import nl.casusregie.huishouden.Huishoudlid;
import nl.casusregie.overleg.OverlegService;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.SystemAction;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The letter to the clients after a round of a focus meeting (clientbrief): in plain Dutch, to
 * the adults of the household, what the meeting decided that concerns them (what they do, what
 * the professionals do, the minimum conditions for safety), when the next meeting is and whom to
 * call. Nothing of the OM's segment is in it (see {@link ClientbriefRepository#afsprakenVoorClienten}).
 * The letter is stored as made; reading it follows the case file's read rule.
 */
@Service
public class ClientbriefService {

    static final String SJABLOON = "clientbrief";
    private static final String NEDERLANDS = "Nederlands";

    private final ClientbriefRepository brieven;
    private final HuishoudenRepository huishoudens;
    private final BriefOpmaak opmaak;
    private final DossierService dossiers;
    private final AuditLog auditLog;
    private final IdentityService identityService;
    private final SystemAction systemAction;

    public ClientbriefService(ClientbriefRepository brieven, HuishoudenRepository huishoudens, BriefOpmaak opmaak,
                              DossierService dossiers, AuditLog auditLog, IdentityService identityService,
                              SystemAction systemAction) {
        this.brieven = brieven;
        this.huishoudens = huishoudens;
        this.opmaak = opmaak;
        this.dossiers = dossiers;
        this.auditLog = auditLog;
        this.identityService = identityService;
        this.systemAction = systemAction;
    }

    /**
     * Makes and stores the letter of this meeting round, for the process once the clients have
     * been debriefed or given feedback; {@code door} is who it is made for the record. The
     * languages returned are those the letter still has to be translated into.
     */
    @Transactional
    public Clientbrief maak(long overlegId, String door) {
        Ronde ronde = brieven.ronde(overlegId)
                .orElseThrow(() -> new IllegalArgumentException("Overleg " + overlegId + " bestaat niet"));
        List<Huishoudlid> leden = huishoudens.members(ronde.huishoudenId());
        List<String> talen = talen(leden);
        byte[] pdf = opmaak.pdf(SJABLOON, inhoud(ronde, leden, talen));
        long id = brieven.bewaar(ronde, pdf, talen, door);
        auditLog.record(ronde.huis(), "CLIENTBRIEF_GEMAAKT", ronde.casusId(), "brief " + id + ", ronde " + ronde.ronde()
                + (talen.isEmpty() ? "" : ", te vertalen in " + String.join(", ", talen)));
        return new Clientbrief(id, talen);
    }

    /** A letter as a file to download. */
    public record Bestand(String naam, byte[] pdf) {
    }

    /**
     * A letter of a case, for a user who may read the whole case file (the case file's own rule);
     * recorded in the audit log. 404 for a case the user may not read or a letter of another case;
     * 403 for who reads the file without personal data, as the letter is nothing else.
     */
    @Transactional
    public Bestand lees(String nummer, long id) {
        DossierService.Leesbaar leesbaar = dossiers.leesbaar(nummer);
        if (leesbaar.recht() != Leesrecht.VOLLEDIG) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Een brief aan de cliënten bevat persoonsgegevens; u leest dit dossier zonder persoonsgegevens.");
        }
        ClientbriefRepository.Opgeslagen brief = brieven.brief(leesbaar.casus().id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Brief niet gevonden"));
        auditLog.record(leesbaar.casus().huis(), "CLIENTBRIEF_GELEZEN", leesbaar.casus().id(), "brief " + id);
        return new Bestand("clientbrief-%s-%s.pdf".formatted(nummer, brief.gemaaktOp().toLocalDate()), brief.pdf());
    }

    /**
     * The members' languages other than Dutch, each once, in the household's order; no language
     * given counts as Dutch. A comma would split a language in the stored list, so it is left out.
     */
    static List<String> talen(List<Huishoudlid> leden) {
        Map<String, String> talen = new LinkedHashMap<>();
        leden.stream().map(Huishoudlid::taal)
                .filter(taal -> taal != null && !taal.isBlank() && !taal.trim().equalsIgnoreCase(NEDERLANDS))
                .map(taal -> taal.replace(",", " ").trim().replaceAll("\\s+", " "))
                .forEach(taal -> talen.putIfAbsent(taal.toLowerCase(Locale.ROOT),
                        taal.substring(0, 1).toUpperCase(Locale.ROOT) + taal.substring(1)));
        return List.copyOf(talen.values());
    }

    /** What the template shows, all of it already in words. */
    private Map<String, Object> inhoud(Ronde ronde, List<Huishoudlid> leden, List<String> talen) {
        Optional<User> regisseur = Optional.ofNullable(ronde.casusregisseur()).map(id -> systemAction.get(() ->
                identityService.createUserQuery().userId(id).singleResult()));
        String regisseurNaam = regisseur.map(ClientbriefService::naam).filter(naam -> !naam.isEmpty()).orElse(null);
        String huis = systemAction.get(() -> Optional.ofNullable(
                        identityService.createTenantQuery().tenantId(ronde.huis()).singleResult())
                .map(Tenant::getName).filter(naam -> naam != null && !naam.isBlank())
                .orElse("Zorg- en Veiligheidshuis"));
        List<Afspraak> afspraken = brieven.afsprakenVoorClienten(ronde.overlegId());

        Map<String, Object> inhoud = new HashMap<>();
        inhoud.put("titel", "Wat we hebben afgesproken in het overleg"
                + (ronde.datum() == null ? "" : " van " + Woorden.datum(ronde.datum())));
        inhoud.put("huis", huis);
        inhoud.put("datumBrief", Woorden.datum(LocalDate.now()));
        inhoud.put("overlegDatum", Woorden.datum(ronde.datum()));
        inhoud.put("aanhef", aanhef(leden));
        inhoud.put("clientenAanwezig", Boolean.TRUE.equals(ronde.clientenAanwezig()));
        inhoud.put("vertalingen", talen.stream().map(taal -> "Deze brief wordt voor u vertaald in het " + taal + ".").toList());
        inhoud.put("voorClienten", afspraken.stream()
                .filter(a -> !a.bodemeis() && OverlegService.CLIENTEN.equals(a.partner()))
                .map(a -> regel(null, a)).toList());
        inhoud.put("voorHulpverleners", afspraken.stream()
                .filter(a -> !a.bodemeis() && !OverlegService.CLIENTEN.equals(a.partner()))
                .map(a -> regel(wie(a.partner(), regisseurNaam), a)).toList());
        inhoud.put("bodemeisen", afspraken.stream().filter(Afspraak::bodemeis)
                .map(a -> regel(wie(a.partner(), regisseurNaam), a)).toList());
        inhoud.put("volgendOverleg", Woorden.datum(ronde.volgendOverleg()));
        inhoud.put("casusregisseur", regisseurNaam);
        inhoud.put("casusregisseurEmail", regisseur.map(User::getEmail).filter(m -> m != null && !m.isBlank()).orElse(null));
        return inhoud;
    }

    /** One agreement as the letter shows it: who (for professionals and minimum conditions), what, by when. */
    public record Regel(String wie, String wat, String uiterlijk) {
    }

    private static Regel regel(String wie, Afspraak afspraak) {
        return new Regel(wie, zin(afspraak.wat()), Woorden.datum(afspraak.deadline()));
    }

    /** The partner as the clients know it: themselves, their case director by name, or the organisation. */
    private static String wie(String partner, String regisseurNaam) {
        if (OverlegService.CLIENTEN.equals(partner)) {
            return "U zelf";
        }
        if (PartnerGroup.CASUSREGISSEUR.id().equals(partner) && regisseurNaam != null) {
            return "Uw casusregisseur, " + regisseurNaam;
        }
        return Woorden.woord(PartnerGroup.class, partner);
    }

    /** "Beste Sam de Vries en Noor de Vries,": the adults of the household, who receive the letter. */
    private static String aanhef(List<Huishoudlid> leden) {
        LocalDate vandaag = LocalDate.now();
        List<String> volwassenen = leden.stream().filter(lid -> !lid.isMinderjarig(vandaag)).map(Huishoudlid::naam).toList();
        return volwassenen.isEmpty() ? "Beste gezinsleden," : "Beste " + Woorden.opsomming(volwassenen) + ",";
    }

    /** A sentence ends with a full stop. */
    private static String zin(String tekst) {
        String zin = tekst.trim();
        return zin.isEmpty() || ".!?".indexOf(zin.charAt(zin.length() - 1)) >= 0 ? zin : zin + ".";
    }

    /** First and last name; empty when the user has none (a user id is never shown to clients). */
    private static String naam(User user) {
        return String.join(" ", Stream.of(user.getFirstName(), user.getLastName()).filter(n -> n != null && !n.isBlank()).toList());
    }
}
