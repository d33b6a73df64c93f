package nl.casusregie.zsm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.brief.BriefOpmaak;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.platform.EngineKlok;
import nl.casusregie.platform.SystemAction;
import nl.casusregie.platform.Woorden;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The personal letter of a ZSM decision (domain.md §4: a dismissal with a personal letter, translated
 * into the person's own language, was one of the decisions that worked): one PDF to one person
 * involved, made with the project's letter layout. It is fed only the officer's text for that person,
 * the decision's name and the case's number: what the table recorded (why the case was put forward,
 * the question, the partners' contributions, the interpretation, the worries) is never read here. A
 * language other than Dutch is named on the letter as the one it will be translated into, as the
 * clients' letter does. Reading a letter follows the ZSM records' read rule and is audited.
 */
@Service
public class ZsmBriefService {

    static final String SJABLOON = "zsm-brief";
    static final String NEDERLANDS = "Nederlands";

    private final ZsmBriefRepository brieven;
    private final ZsmRepository zaken;
    private final BriefOpmaak opmaak;
    private final AuditLog auditLog;
    private final IdentityService identityService;
    private final SystemAction systemAction;
    private final EngineKlok klok;

    ZsmBriefService(ZsmBriefRepository brieven, ZsmRepository zaken, BriefOpmaak opmaak, AuditLog auditLog,
                    IdentityService identityService, SystemAction systemAction, EngineKlok klok) {
        this.brieven = brieven;
        this.zaken = zaken;
        this.opmaak = opmaak;
        this.auditLog = auditLog;
        this.identityService = identityService;
        this.systemAction = systemAction;
        this.klok = klok;
    }

    /** Makes and stores the letter of this discussion; {@code door} is the officer who wrote it. Returns its id. */
    @Transactional
    public long maak(ZsmRepository.Zaak zaak, long besprekingId, ZsmBesluit besluit, String aan, String tekst, String taal,
                     String door) {
        Map<String, Object> inhoud = new HashMap<>();
        inhoud.put("titel", "Beslissing van de officier van justitie");
        inhoud.put("huis", huisNaam(zaak.huis()));
        inhoud.put("datumBrief", Woorden.datum(klok.vandaag()));
        inhoud.put("aan", aan);
        inhoud.put("kenmerk", zaak.nummer());
        inhoud.put("besluit", besluit.label());
        inhoud.put("alineas", Arrays.stream(tekst.split("\\R\\s*\\R|\\R")).map(String::strip).filter(a -> !a.isEmpty()).toList());
        inhoud.put("vertaling", NEDERLANDS.equalsIgnoreCase(taal) ? null : "Deze brief wordt voor u vertaald in het " + taal + ".");
        inhoud.put("officier", officier(door));
        long id = brieven.bewaar(zaak.id(), besprekingId, aan, taal, opmaak.pdf(SJABLOON, inhoud), door, klok.nu());
        auditLog.record(zaak.huis(), "ZSM_BRIEF_GEMAAKT", null, zaak.nummer() + ", brief " + id
                + (NEDERLANDS.equalsIgnoreCase(taal) ? "" : ", te vertalen in " + taal));
        return id;
    }

    /** A letter as a file to download. */
    public record Bestand(String naam, byte[] pdf) {
    }

    /**
     * A letter of a ZSM case, for a user who reads its records in full (ZsmLeesrecht); audited. 404 for a
     * case the user may not read or a letter of another case; 403 for who reads the records without
     * personal content, as the letter is nothing else.
     */
    @Transactional
    public Bestand lees(String huis, String nummer, long id, List<String> groups) {
        ZsmRepository.Zaak zaak = zaken.findByNummer(huis, nummer).orElseThrow(ZsmBriefService::bestaatNiet);
        Leesrecht recht = ZsmLeesrecht.voor(groups, zaken.verwezenNaarZvh(zaak.id())).orElseThrow(ZsmBriefService::bestaatNiet);
        if (recht != Leesrecht.VOLLEDIG) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Een persoonlijke brief bevat persoonsgegevens; u leest deze zaak zonder persoonsgegevens.");
        }
        ZsmBriefRepository.Opgeslagen brief = brieven.brief(zaak.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Brief niet gevonden"));
        auditLog.record(huis, "ZSM_BRIEF_GELEZEN", null, nummer + ", brief " + id);
        return new Bestand("brief-%s-%d-%s.pdf".formatted(nummer, id, brief.gemaaktOp().toLocalDate()), brief.pdf());
    }

    private String huisNaam(String huis) {
        return systemAction.get(() -> Optional.ofNullable(identityService.createTenantQuery().tenantId(huis).singleResult())
                .map(Tenant::getName).filter(naam -> naam != null && !naam.isBlank()).orElse("Zorg- en Veiligheidshuis"));
    }

    /** "Charlotte van Dijk, officier van justitie"; only the function when the user has no name (an id is never shown). */
    private String officier(String userId) {
        String naam = Optional.ofNullable(systemAction.get(() -> identityService.createUserQuery().userId(userId).singleResult()))
                .map(u -> String.join(" ", Stream.of(u.getFirstName(), u.getLastName())
                        .filter(n -> n != null && !n.isBlank()).toList()))
                .orElse("");
        return naam.isEmpty() ? "De officier van justitie" : naam + ", officier van justitie";
    }

    private static ResponseStatusException bestaatNiet() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen ZSM-zaak met dit nummer in uw Zorg- en Veiligheidshuis.");
    }
}
