package nl.casusregie.dossier;

import static nl.casusregie.overleg.Focusoverleg.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.casusregie.dossier.Dossier.Afspraak;
import nl.casusregie.dossier.Dossier.Overleg;
import nl.casusregie.dossier.Dossier.Score;
import nl.casusregie.dossier.DossierOverleggen.RondeVanInstantie;
import nl.casusregie.overleg.Focusoverleg;
import nl.casusregie.overleg.OverlegRepository;
import nl.casusregie.overleg.OverlegService;
import nl.casusregie.overleg.Segment;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.StoredFormValues;
import nl.casusregie.platform.Woorden;
import org.springframework.stereotype.Component;

/**
 * The meeting round's forms show what the table agreed and scored, from the case file each time
 * a form loads: the chair sees the previous round's scores and the agreements still open; the
 * case director, debriefing or giving feedback, sees this round's agreements to tell the clients.
 * What was said in an OM segment (scores, agreements) shows only on the chair's form of an OM
 * segment: never to the case director, who talks the agreements through with the clients, and
 * not in the other parts of a meeting, where clients or partners other than the OM are at the
 * table and may see the chair's screen.
 */
@Component
class OverlegOverzicht implements StoredFormValues {

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final String OPEN = "OPEN";

    private final DossierOverleggen dossierOverleggen;
    private final OverlegRepository overleggen;

    OverlegOverzicht(DossierOverleggen dossierOverleggen, OverlegRepository overleggen) {
        this.dossierOverleggen = dossierOverleggen;
        this.overleggen = overleggen;
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
        boolean metOmDeel = voorzitter && overleggen.openSegment(processInstanceId)
                .map(segment -> segment.soort() == Segment.OM).orElse(false);
        dossierOverleggen.rondeVanInstantie(processInstanceId).ifPresent(ronde -> {
            // The case file's own read; who wrote an item is not shown on these forms.
            List<Overleg> rondes = dossierOverleggen.overleggen(ronde.casusId(), UnaryOperator.identity(), metOmDeel);
            if (voorzitter) {
                values.put(VORIGE_SCORES.name(), vorigeScores(rondes, ronde));
                values.put(OPEN_AFSPRAKEN.name(), openAfspraken(rondes, ronde));
            } else {
                values.put(AFSPRAKEN_RONDE.name(), rondes.stream().filter(o -> o.ronde() == ronde.ronde()).findFirst()
                        .map(o -> afspraken(afsprakenVan(o), "In dit overleg zijn geen afspraken gemaakt.")).orElse(null));
            }
        });
        return values;
    }

    private static String vorigeScores(List<Overleg> rondes, RondeVanInstantie ronde) {
        return rondes.stream().filter(o -> o.ronde() < ronde.ronde() && o.vastgelegdOp() != null).findFirst()
                .map(o -> {
                    String kop = "Overleg %d (fase %d), %s: gemiddeld %s, spreiding %s.".formatted(o.ronde(), o.fase(),
                            Woorden.datum(o.vastgelegdOp()), getal(o.gemiddeldeScore()),
                            o.scoreSpreiding() == null ? "onbekend" : o.scoreSpreiding());
                    return kop + scoresVan(o).stream().map(s -> "\n- %s: %d%s".formatted(s.deelnemer(), s.score(),
                            s.toelichting() == null || s.toelichting().isBlank() ? "" : " (" + s.toelichting() + ")"))
                            .collect(Collectors.joining());
                })
                .orElse("Dit is het eerste focusoverleg van deze casus.");
    }

    /** Open agreements of earlier rounds, the nearest deadline first. */
    private static String openAfspraken(List<Overleg> rondes, RondeVanInstantie ronde) {
        List<Afspraak> open = rondes.stream().filter(o -> o.ronde() < ronde.ronde())
                .flatMap(o -> afsprakenVan(o).stream()).filter(a -> OPEN.equals(a.status()))
                .sorted(Comparator.comparing(Afspraak::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return afspraken(open, "Er staan geen afspraken open.");
    }

    /** The round's agreements and minimum conditions as far as read, part by part. */
    private static List<Afspraak> afsprakenVan(Overleg overleg) {
        return overleg.delen().stream().flatMap(d -> d.afspraken().stream()).toList();
    }

    private static List<Score> scoresVan(Overleg overleg) {
        return overleg.delen().stream().flatMap(d -> d.scores().stream()).toList();
    }

    private static String afspraken(List<Afspraak> afspraken, String geen) {
        if (afspraken.isEmpty()) {
            return geen;
        }
        LocalDate vandaag = LocalDate.now();
        return afspraken.stream().map(a -> "- %s%s: %s\n  Uiterlijk %s%s\n  Waarom: %s".formatted(
                        a.bodemeis() ? "Bodemeis, bewaakt door " : "", eigenaar(a.partner()), a.wat(), Woorden.datum(a.deadline()),
                        a.deadline() != null && a.deadline().isBefore(vandaag) ? " (verlopen)" : "",
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
