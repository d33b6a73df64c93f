package nl.casusregie.actieoverleg;

import java.util.List;
import java.util.Optional;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.audit.AuditLog;
import nl.casusregie.dossier.Leesrecht;
import nl.casusregie.platform.PartnerGroup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads an Actie-Overleg case's records for a user of its house: the groups at the table in full;
 * the procesregisseur in full once the case was handed to the care-and-safety house; a supervisor
 * who decided what and when, without what the records say about people; for anyone else the case
 * does not exist (404). Every read is audited. These rows feed no letter.
 */
@Service
class ActieOverlegDossierLezer {

    private final ActieOverlegRepository zaken;
    private final AgendaService agenda;
    private final AuditLog auditLog;

    ActieOverlegDossierLezer(ActieOverlegRepository zaken, AgendaService agenda, AuditLog auditLog) {
        this.zaken = zaken;
        this.agenda = agenda;
        this.auditLog = auditLog;
    }

    static Optional<Leesrecht> leesrecht(List<String> groups, ActieOverlegRepository.Zaak zaak) {
        if (Tafel.ACTIE_OVERLEG.aanTafel().stream().map(PartnerGroup::id).anyMatch(groups::contains)
                || zaak.overgedragenAan() == Overdracht.ZVH_TRIAGE && groups.contains(PartnerGroup.PROCESREGISSEUR.id())) {
            return Optional.of(Leesrecht.VOLLEDIG);
        }
        if (groups.contains(PartnerGroup.SUPERVISOR.id())) {
            return Optional.of(Leesrecht.ZONDER_PERSOONSGEGEVENS);
        }
        return Optional.empty();
    }

    ActieOverlegDossier lees(String huis, String nummer, List<String> groups) {
        ActieOverlegRepository.Zaak zaak = zaken.byNummer(huis, nummer).orElseThrow(ActieOverlegDossierLezer::bestaatNiet);
        Leesrecht recht = leesrecht(groups, zaak).orElseThrow(ActieOverlegDossierLezer::bestaatNiet);
        boolean volledig = recht == Leesrecht.VOLLEDIG;
        List<ActieOverlegDossier.Agendering> agendering = agenda.geschiedenis(Tafel.ACTIE_OVERLEG, huis, nummer).stream()
                .map(p -> new ActieOverlegDossier.Agendering(p.sessieBegin(), p.terugkeer(), p.reden() == null ? null : p.reden().name(),
                        volledig ? p.toelichting() : null, p.status().name())).toList();
        List<ActieOverlegDossier.Sessie> sessies = zaken.besluiten(zaak.id()).stream().map(v -> {
            ActieOverlegRepository.Besluit b = v.besluit();
            return new ActieOverlegDossier.Sessie(v.sessieBegin(), b.ambtshalveAangifte(), volledig ? b.aangifteReden() : null,
                    b.aanhouding(), b.contactverbod(), volledig ? b.omReden() : null, b.zorgenResterend(), b.vervolg(),
                    volledig ? b.vervolgToelichting() : null, v.door(), v.op());
        }).toList();
        List<ActieOverlegDossier.Actie> plan = zaken.plan(zaak.id()).stream()
                .map(a -> new ActieOverlegDossier.Actie(a.actie().partner(), volledig ? a.actie().wat() : null, a.actie().deadline(),
                        volledig ? a.actie().waarom() : null, a.status())).toList();
        auditLog.record(huis, "ACTIE_OVERLEG_DOSSIER_GELEZEN", zaak.casusId(), nummer + ", " + recht.name());
        return new ActieOverlegDossier(nummer, zaak.status(), recht, zaak.partner(), zaak.gemeldOp(), zaak.stalking(),
                volledig ? zaak.watGebeurd() : null,
                volledig ? zaken.betrokkenen(zaak.id()).stream()
                        .map(b -> new ActieOverlegDossier.Persoon(b.naam(), b.geboortedatum(), b.rol().name())).toList() : List.of(),
                agendering,
                volledig ? new ActieOverlegDossier.Feiten(zaak.feitenVeiligThuis(), zaak.bekendBijReclassering(), zaak.feitenPolitie())
                        : null,
                sessies, plan, zaak.overgedragenAan(), zaak.overgedragenNummer());
    }

    private static ResponseStatusException bestaatNiet() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen casus van het Actie-Overleg met dit nummer in uw Zorg- en Veiligheidshuis.");
    }
}
