package nl.casusregie.zsm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.proeftijd.ProeftijdRepository;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads a ZSM case's records for a user of its house by ZsmLeesrecht; for anyone else the case does
 * not exist (404). Every read is audited. These rows feed no letter: nothing the ZSM table records
 * is queried by what is written for clients.
 */
@Service
class ZsmDossierLezer {

    private final ZsmRepository zaken;
    private final AgendaService agenda;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final ProeftijdRepository proeftijden;
    private final ZsmBriefRepository brieven;

    ZsmDossierLezer(ZsmRepository zaken, AgendaService agenda, AuditLog auditLog, JdbcClient jdbc,
                    ProeftijdRepository proeftijden, ZsmBriefRepository brieven) {
        this.zaken = zaken;
        this.brieven = brieven;
        this.proeftijden = proeftijden;
        this.agenda = agenda;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    ZsmDossier lees(String huis, String nummer, List<String> groups) {
        ZsmRepository.Zaak zaak = zaken.findByNummer(huis, nummer).orElseThrow(ZsmDossierLezer::bestaatNiet);
        Leesrecht recht = ZsmLeesrecht.voor(groups, zaken.verwezenNaarZvh(zaak.id())).orElseThrow(ZsmDossierLezer::bestaatNiet);
        boolean volledig = recht == Leesrecht.VOLLEDIG;
        ZsmRepository.Inbreng inbreng = zaken.inbreng(zaak.id());
        List<ZsmDossier.Agendering> agendering = agenda.geschiedenis(Tafel.ZSM_VERDIEPING, huis, nummer).stream()
                .map(p -> new ZsmDossier.Agendering(p.sessieBegin(), p.terugkeer(), p.reden() == null ? null : p.reden().name(),
                        volledig ? p.toelichting() : null, p.status().name())).toList();
        List<ZsmDossier.Bijdrage> bijdragen = jdbc.sql("""
                select partner, grondslag, informatie, weigering, verzoek, verzoek_reden, op from zsm_bijdrage
                where zaak_id = :z order by id""").param("z", zaak.id())
                .query((rs, n) -> new ZsmDossier.Bijdrage(rs.getString("partner"), rs.getString("grondslag"),
                        volledig ? rs.getString("informatie") : null, volledig ? rs.getString("weigering") : null,
                        volledig ? rs.getString("verzoek") : null, volledig ? rs.getString("verzoek_reden") : null,
                        rs.getObject("op", LocalDateTime.class))).list();
        List<ZsmDossier.Bespreking> besprekingen = jdbc.sql("""
                select id, op, regiehouder, interpretatie, besluit, terugkeer_reden, termijn_datum, toelichting, brief_taal,
                    brief_tekst, ontvanger, overdracht_bevestigd_op from zsm_bespreking where zaak_id = :z order by id""")
                .param("z", zaak.id())
                .query((rs, n) -> new ZsmDossier.Bespreking(rs.getObject("op", LocalDateTime.class), rs.getString("regiehouder"),
                        volledig ? rs.getString("interpretatie") : null, zorgenBij(rs.getLong("id")), rs.getString("besluit"),
                        rs.getString("terugkeer_reden"), rs.getObject("termijn_datum", LocalDate.class),
                        volledig ? rs.getString("toelichting") : null, rs.getString("brief_taal"),
                        volledig ? rs.getString("brief_tekst") : null, rs.getString("ontvanger"),
                        rs.getObject("overdracht_bevestigd_op", LocalDateTime.class))).list();
        auditLog.record(huis, "ZSM_DOSSIER_GELEZEN", null, nummer + ", " + recht.name());
        return new ZsmDossier(nummer, zaak.status(), recht, inbreng.groep(), inbreng.op(),
                volledig ? inbreng.reden() : null, volledig ? inbreng.vraag() : null,
                volledig ? inbreng.betrokkenen().stream().map(b -> new ZsmDossier.Betrokkene(b.naam(), b.geboortedatum(),
                        b.rol().name())).toList() : List.of(),
                agendering, bijdragen, besprekingen, proeftijden(zaak.id(), volledig),
                brieven.vanZaak(zaak.id()).stream().map(b -> new ZsmDossier.Brief(b.id(), volledig ? b.aan() : null, b.taal(),
                        !ZsmBriefService.NEDERLANDS.equalsIgnoreCase(b.taal()), b.gemaaktOp())).toList());
    }

    /** The probations the case's conditional dismissal started; without personal content no conditions or breaches. */
    private List<ZsmDossier.Proeftijd> proeftijden(long zaakId, boolean volledig) {
        return proeftijden.vanZsmZaak(zaakId).stream().map(p -> new ZsmDossier.Proeftijd(p.nummer(), p.status(),
                p.ingangsdatum(), p.einddatum(), p.toezichthouder(),
                volledig ? proeftijden.voorwaarden(p.id()).stream().map(v -> new ZsmDossier.Voorwaarde(v.soort(),
                        v.omschrijving(), v.vervallenOp() == null)).toList() : List.of(),
                volledig ? proeftijden.overtredingen(p.id()).stream().map(o -> new ZsmDossier.Overtreding(o.gemeldOp(),
                        o.wat(), o.reactie())).toList() : List.of())).toList();
    }

    private List<String> zorgenBij(long besprekingId) {
        return jdbc.sql("select partner from zsm_zorg where bespreking_id = :b and zorgen_blijven = true order by partner")
                .param("b", besprekingId).query(String.class).list();
    }

    private static ResponseStatusException bestaatNiet() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen ZSM-zaak met dit nummer in uw Zorg- en Veiligheidshuis.");
    }
}
