package nl.casusregie.dossier;

import static nl.casusregie.overleg.Focusoverleg.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.casusregie.dossier.Dossier.Afspraak;
import nl.casusregie.dossier.Dossier.Overleg;
import nl.casusregie.dossier.DossierRepository.RondeVanInstantie;
import nl.casusregie.overleg.Focusoverleg;
import nl.casusregie.overleg.OverlegService;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * The meeting round's forms show what the table agreed and scored, from the case file each time
 * a form loads: the chair sees the previous round's scores and the agreements still open; the
 * case director, debriefing or giving feedback, sees this round's agreements to tell the clients.
 */
@Component
class OverlegOverzicht implements StoredFormValues {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final String OPEN = "OPEN";

    private final DossierRepository dossiers;

    OverlegOverzicht(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        boolean voorzitter = Focusoverleg.Element.VASTLEGGEN.equals(taskDefinitionKey);
        boolean clienten = Focusoverleg.Element.NABESPREKEN.equals(taskDefinitionKey)
                || Focusoverleg.Element.TERUGKOPPELEN.equals(taskDefinitionKey);
        if (!voorzitter && !clienten) {
            return values;
        }
        dossiers.rondeVanInstantie(processInstanceId).ifPresent(ronde -> {
            // The case file's own read; who wrote an item is not shown on these forms.
            List<Overleg> overleggen = dossiers.overleggen(ronde.casusId(), UnaryOperator.identity());
            if (voorzitter) {
                values.put(VORIGE_SCORES.name(), vorigeScores(overleggen, ronde));
                values.put(OPEN_AFSPRAKEN.name(), openAfspraken(overleggen, ronde));
            } else {
                values.put(AFSPRAKEN_RONDE.name(), overleggen.stream().filter(o -> o.ronde() == ronde.ronde()).findFirst()
                        .map(o -> afspraken(o.afspraken(), "In dit overleg zijn geen afspraken gemaakt.")).orElse(null));
            }
        });
        return values;
    }

    private static String vorigeScores(List<Overleg> overleggen, RondeVanInstantie ronde) {
        return overleggen.stream().filter(o -> o.ronde() < ronde.ronde() && o.vastgelegdOp() != null).findFirst()
                .map(o -> {
                    String kop = "Overleg %d (fase %d), %s: gemiddeld %s, spreiding %s.".formatted(o.ronde(), o.fase(),
                            Woorden.datum(o.vastgelegdOp()), getal(o.gemiddeldeScore()),
                            o.scoreSpreiding() == null ? "onbekend" : o.scoreSpreiding());
                    return kop + o.scores().stream().map(s -> "\n- %s: %d%s".formatted(s.deelnemer(), s.score(),
                            s.toelichting() == null || s.toelichting().isBlank() ? "" : " (" + s.toelichting() + ")"))
                            .collect(Collectors.joining());
                })
                .orElse("Dit is het eerste focusoverleg van deze casus.");
    }

    /** Open agreements of earlier rounds, the nearest deadline first. */
    private static String openAfspraken(List<Overleg> overleggen, RondeVanInstantie ronde) {
        List<Afspraak> open = overleggen.stream().filter(o -> o.ronde() < ronde.ronde())
                .flatMap(o -> o.afspraken().stream()).filter(a -> OPEN.equals(a.status()))
                .sorted(java.util.Comparator.comparing(Afspraak::deadline,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        return afspraken(open, "Er staan geen afspraken open.");
    }

    private static String afspraken(List<Afspraak> afspraken, String geen) {
        if (afspraken.isEmpty()) {
            return geen;
        }
        LocalDate vandaag = LocalDate.now();
        return afspraken.stream().map(a -> "- %s: %s\n  Uiterlijk %s%s\n  Waarom: %s".formatted(eigenaar(a.partner()), a.wat(),
                        Woorden.datum(a.deadline()), a.deadline() != null && a.deadline().isBefore(vandaag) ? " (verlopen)" : "",
                        a.waarom() == null || a.waarom().isBlank() ? "(niet gegeven)" : a.waarom()))
                .collect(Collectors.joining("\n"));
    }

    private static String eigenaar(String partner) {
        return OverlegService.CLIENTEN.equals(partner) ? "De cliënten zelf" : Woorden.woord(PartnerGroup.class, partner);
    }

    private static String getal(Double waarde) {
        return waarde == null ? "onbekend" : String.format(NEDERLANDS, "%.1f", waarde);
    }
}
