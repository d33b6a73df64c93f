package nl.casusregie.instroom;

import java.util.List;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.instroom.MeldingRepository.Melding;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads a report for a user of its house who may: the reporter's group, and on an acute or child-abuse
 * route the groups that act on it together. For anyone else the report does not exist (404). Every
 * read is audited.
 */
@Service
class MeldingLezer {

    private final MeldingRepository meldingen;
    private final AuditLog auditLog;

    MeldingLezer(MeldingRepository meldingen, AuditLog auditLog) {
        this.meldingen = meldingen;
        this.auditLog = auditLog;
    }

    /** Whether a user of these groups reads this report of their own house. */
    static boolean magLezen(Melding melding, List<String> groepen) {
        return groepen.contains(melding.melderGroep())
                || melding.gekozen().map(MeldingService::samenOp).orElse(List.of()).stream().anyMatch(groepen::contains);
    }

    MeldingOverzicht lees(String huis, String nummer, List<String> groepen) {
        Melding m = meldingen.byNummer(huis, nummer).filter(melding -> magLezen(melding, groepen))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Geen melding met dit nummer die u mag lezen in uw Zorg- en Veiligheidshuis."));
        auditLog.record(huis, "MELDING_GELEZEN", null, nummer);
        Meldingsfeiten f = m.feiten();
        return new MeldingOverzicht(m.nummer(), m.status(), m.gemeldDoor(), m.melderGroep(), m.gemeldOp(), m.watGebeurd(),
                meldingen.betrokkenen(m.id()).stream().map(b -> new MeldingOverzicht.Persoon(b.naam(), b.geboortedatum(),
                        b.rol().name())).toList(),
                new MeldingOverzicht.Feiten(f.soortMelding().name(), f.acuteOnveiligheid(), f.letselKind(), f.stalking(),
                        f.verdachteGehoordOfAangehouden(), f.mensenhandel(), f.regio() == null ? null : f.regio().name(),
                        f.dreigendGevaar()),
                route(m.adviesRoute()), m.adviesReden(), route(m.route()), m.afgeweken(), m.afwijkReden(),
                m.routeGekozenDoor(), m.routeGekozenOp(),
                m.samenAfspraken() == null ? null : new MeldingOverzicht.Samen(m.samenAfspraken(), m.samenGroep(), m.samenDoor(),
                        m.samenOp(), m.vervolgTafel()),
                m.gestartNummer() == null ? null : new MeldingOverzicht.Gestart(m.gestartSoort(), m.gestartNummer()));
    }

    private static MeldingOverzicht.Route route(String code) {
        return Instroomroute.of(code).map(r -> new MeldingOverzicht.Route(r.name(), r.label())).orElse(null);
    }
}
