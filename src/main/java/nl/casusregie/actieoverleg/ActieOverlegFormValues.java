package nl.casusregie.actieoverleg;

import static nl.casusregie.actieoverleg.ActieOverleg.Element.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Tafel;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * What the Actie-Overleg's forms show of the case, from the project's tables: the report, the people
 * involved, the session; on the session form also the bundled facts and the plan's open actions, on
 * the plan notice the open actions and what the last session decided.
 */
@Component
class ActieOverlegFormValues implements StoredFormValues {

    private static final Set<String> TAKEN = Set.of(FEITEN_VEILIG_THUIS, FEITEN_POLITIE, BESPREKEN, PLAN_KENNISNEMEN);

    /** The answers of the Veilig Thuis form's question "Pleger bekend bij de reclassering", as it words them. */
    private static final Map<String, String> BEKEND = Map.of("JA", "Ja", "NEE", "Nee", "ONBEKEND", "Onbekend");

    private final ActieOverlegRepository zaken;
    private final AgendaService agenda;

    ActieOverlegFormValues(ActieOverlegRepository zaken, AgendaService agenda) {
        this.zaken = zaken;
        this.agenda = agenda;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (!TAKEN.contains(taskDefinitionKey)) {
            return values;
        }
        zaken.ofInstance(processInstanceId).ifPresent(zaak -> {
            values.put(ActieOverleg.NUMMER.name(), zaak.nummer());
            values.put(ActieOverleg.WAT_GEBEURD_TEKST.name(), zaak.watGebeurd() + (zaak.stalking() ? "\n(Stalking)" : ""));
            values.put(ActieOverleg.BETROKKENEN_TEKST.name(), zaken.betrokkenen(zaak.id()).stream()
                    .map(b -> b.rol().label() + ": " + b.naam() + (b.geboortedatum() == null ? "" : " (" + Woorden.datum(b.geboortedatum()) + ")"))
                    .collect(Collectors.joining("\n")));
            agenda.openPunt(Tafel.ACTIE_OVERLEG, zaak.huis(), zaak.nummer()).ifPresent(punt ->
                    values.put(ActieOverleg.SESSIE_TEKST.name(), Woorden.datumTijd(punt.sessieBegin())
                            + (punt.isTerugkeer() ? ", terug op de agenda (" + punt.reden().label().toLowerCase() + ")" : "")));
            if (BESPREKEN.equals(taskDefinitionKey)) {
                values.put(ActieOverleg.FEITEN_TEKST.name(), "Veilig Thuis: " + ofNiet(zaak.feitenVeiligThuis())
                        + "\nBekend bij de reclassering: " + ofNiet(BEKEND.get(zaak.bekendBijReclassering()))
                        + "\nPolitie: " + ofNiet(zaak.feitenPolitie()));
            }
            if (BESPREKEN.equals(taskDefinitionKey) || PLAN_KENNISNEMEN.equals(taskDefinitionKey)) {
                String open = zaken.openActies(zaak.id()).stream()
                        .map(a -> Woorden.woord(PartnerGroup.class, a.partner()) + ", uiterlijk " + Woorden.datum(a.deadline()) + ": "
                                + a.wat() + " (waarom: " + a.waarom() + ")")
                        .collect(Collectors.joining("\n"));
                values.put(ActieOverleg.OPEN_ACTIES_TEKST.name(), open.isEmpty() ? "Geen" : open);
            }
            if (PLAN_KENNISNEMEN.equals(taskDefinitionKey)) {
                List<ActieOverlegRepository.Vastgelegd> besluiten = zaken.besluiten(zaak.id());
                if (!besluiten.isEmpty()) {
                    values.put(ActieOverleg.BESLUIT_TEKST.name(), besluitTekst(besluiten.get(besluiten.size() - 1)));
                }
            }
        });
        return values;
    }

    /** What the session decided that the partners act on; the officer's reasons stay with the table. */
    private static String besluitTekst(ActieOverlegRepository.Vastgelegd vastgelegd) {
        ActieOverlegRepository.Besluit besluit = vastgelegd.besluit();
        return "Sessie van " + Woorden.datumTijd(vastgelegd.sessieBegin())
                + "\nAmbtshalve aangifte door Veilig Thuis: " + Woorden.jaNee(besluit.ambtshalveAangifte())
                + "\nAanhouding: " + Woorden.jaNee(besluit.aanhouding())
                + "\nContactverbod: " + Woorden.jaNee(besluit.contactverbod());
    }

    private static String ofNiet(String tekst) {
        return tekst == null ? "niet aangeleverd vóór de sessie" : tekst;
    }
}
