package nl.casusregie.zsm;

import static nl.casusregie.zsm.ZsmVerdieping.Element.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.huishouden.Rol;
import nl.casusregie.overleg.Grondslag;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import nl.casusregie.proeftijd.ProeftijdRepository;
import nl.casusregie.proeftijd.ProeftijdStatus;
import org.springframework.stereotype.Component;

/**
 * What the ZSM forms show, from the project's tables, only to those the engine shows the task (the
 * groups at the table, the receiving party): the case as put forward; for the session the partners'
 * contributions (a refused consent where the information would be, who did not contribute) and the
 * case's earlier returns with their reasons; for the notice and the handover the officer's decision.
 */
@Component
class ZsmFormValues implements StoredFormValues {

    private static final Set<String> MET_ZAAK = Set.of(INFORMATIE_AANLEVEREN, VERDIEPINGSOVERLEG, OVERDRACHT_BEVESTIGEN);
    private static final Set<String> MET_UITKOMST = Set.of(UITKOMST_KENNISNEMEN, OVERDRACHT_BEVESTIGEN);

    private final ZsmRepository zaken;
    private final AgendaService agenda;
    private final ProeftijdRepository proeftijden;

    ZsmFormValues(ZsmRepository zaken, AgendaService agenda, ProeftijdRepository proeftijden) {
        this.zaken = zaken;
        this.agenda = agenda;
        this.proeftijden = proeftijden;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (!MET_ZAAK.contains(taskDefinitionKey) && !MET_UITKOMST.contains(taskDefinitionKey)) {
            return values;
        }
        zaken.ofInstance(processInstanceId).ifPresent(zaak -> {
            if (MET_ZAAK.contains(taskDefinitionKey)) {
                values.put(ZsmVerdieping.ZAAK_TEKST.name(), zaak(zaak, zaken.inbreng(zaak.id())));
            }
            if (VERDIEPINGSOVERLEG.equals(taskDefinitionKey)) {
                List<Agendapunt> punten = agenda.geschiedenis(Tafel.ZSM_VERDIEPING, zaak.huis(), zaak.nummer());
                if (!punten.isEmpty()) {
                    values.put(ZsmVerdieping.BIJDRAGEN_TEKST.name(),
                            bijdragen(zaken.bijdragen(zaak.id(), punten.get(punten.size() - 1).id())));
                }
                values.put(ZsmVerdieping.AGENDA_TEKST.name(), agenda(punten));
            }
            if (MET_UITKOMST.contains(taskDefinitionKey)) {
                zaken.uitkomst(zaak.id()).ifPresent(u -> values.put(ZsmVerdieping.UITKOMST_TEKST.name(), uitkomst(zaak, u)
                        + proeftijden.vanZsmZaak(zaak.id()).stream().map(ZsmFormValues::proeftijd).collect(Collectors.joining())));
            }
        });
        return values;
    }

    private static String zaak(ZsmRepository.Zaak zaak, ZsmRepository.Inbreng inbreng) {
        String mensen = Woorden.opsomming(inbreng.betrokkenen().stream().map(b -> b.naam()
                + (b.geboortedatum() == null ? "" : " (geboren " + Woorden.datum(b.geboortedatum()) + ")")
                + ", " + Woorden.woord(Rol.class, b.rol().name()).toLowerCase()).toList());
        return zaak.nummer() + ", ingebracht door " + groep(inbreng.groep()) + " op " + Woorden.datum(inbreng.op()) + "\n"
                + "Betrokkenen: " + mensen + "\n"
                + "Waarom buikpijn: " + inbreng.reden()
                + (inbreng.vraag() == null ? "" : "\nVraag: " + inbreng.vraag());
    }

    private static String bijdragen(List<ZsmRepository.Bijdrage> bijdragen) {
        List<String> regels = bijdragen.stream().map(b -> groep(b.partner()) + " ("
                + Woorden.woord(Grondslag.class, b.grondslag()).toLowerCase() + "): "
                + (Grondslag.GEWEIGERD.name().equals(b.grondslag()) ? b.weigering() : b.informatie())
                + (b.verzoek() == null ? "" : "\n  Gevraagd: " + b.verzoek() + " (nodig omdat: " + b.verzoekReden() + ")"))
                .collect(Collectors.toList());
        List<String> aangeleverd = bijdragen.stream().map(ZsmRepository.Bijdrage::partner).toList();
        List<String> ontbreekt = ZsmService.partners().stream().filter(p -> !aangeleverd.contains(p)).map(ZsmFormValues::groep)
                .toList();
        if (!ontbreekt.isEmpty()) {
            regels.add("Niet aangeleverd: " + Woorden.opsomming(ontbreekt));
        }
        return String.join("\n", regels);
    }

    private static String agenda(List<Agendapunt> punten) {
        return punten.stream().map(p -> Woorden.datumTijd(p.sessieBegin()) + (p.isTerugkeer()
                        ? ": terug (" + p.terugkeer() + "e keer), " + p.reden().label().toLowerCase()
                        + (p.toelichting() == null ? "" : ": " + p.toelichting())
                        : ": eerste keer op de agenda"))
                .collect(Collectors.joining("\n"));
    }

    private static String uitkomst(ZsmRepository.Zaak zaak, ZsmRepository.Uitkomst u) {
        return zaak.nummer() + ": " + u.besluit().label() + " (" + Woorden.datum(u.op()) + ")"
                + (u.termijnDatum() == null ? "" : ", tot " + Woorden.datum(u.termijnDatum()))
                + ". Regiehouder: " + groep(u.regiehouder())
                + (u.ontvanger() == null ? "" : ". Overgedragen aan " + groep(u.ontvanger()));
    }

    /** "Proeftijd PT-2026-000004: 12 maanden, van … tot …, toezicht Reclassering; loopt." */
    private static String proeftijd(ProeftijdRepository.Gegevens p) {
        return "\nProeftijd " + p.nummer() + ": " + p.duurMaanden() + " maanden, van " + Woorden.datum(p.ingangsdatum())
                + " tot " + Woorden.datum(p.einddatum()) + ", toezicht " + groep(p.toezichthouder()) + "; "
                + Woorden.woord(ProeftijdStatus.class, p.status()).toLowerCase() + ".";
    }

    private static String groep(String id) {
        return Woorden.woord(PartnerGroup.class, id);
    }
}
