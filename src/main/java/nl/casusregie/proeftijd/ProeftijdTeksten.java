package nl.casusregie.proeftijd;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;
import nl.casusregie.proeftijd.ProeftijdRepository.Controle;
import nl.casusregie.proeftijd.ProeftijdRepository.Gegevens;
import nl.casusregie.proeftijd.ProeftijdRepository.Overtreding;
import nl.casusregie.proeftijd.ProeftijdRepository.Voorwaarde;

/** How a probation, its conditions, checks and breaches read on the forms and in the new incident: plain Dutch. */
final class ProeftijdTeksten {

    /** A breach without a condition breaks the general condition of every probation. */
    static final String ALGEMENE_VOORWAARDE = "Algemene voorwaarde: geen nieuw strafbaar feit";

    private ProeftijdTeksten() {
    }

    static String proeftijd(Gegevens p) {
        return "%s met een proeftijd van %d maanden, van %s tot %s. Toezicht: %s. Risico op herhaling: %s.".formatted(
                Woorden.woord(ProeftijdSoort.class, p.soort()), p.duurMaanden(), Woorden.datum(p.ingangsdatum()),
                Woorden.datum(p.einddatum()), Woorden.woord(PartnerGroup.class, p.toezichthouder()),
                Woorden.woord(Risico.class, p.risico()).toLowerCase())
                + (p.vanZsm() ? " Besloten in het ZSM-verdiepingsoverleg (" + p.zsmnummer()
                        + "); een overtreding gaat alleen naar het Openbaar Ministerie." : "");
    }

    static String voorwaarde(Voorwaarde v) {
        return v == null ? ALGEMENE_VOORWAARDE : Woorden.woord(VoorwaardeSoort.class, v.soort()) + ": " + v.omschrijving()
                + (v.geldt() ? "" : " (vervallen op " + Woorden.datum(v.vervallenOp()) + ")");
    }

    static String controles(List<Controle> controles) {
        List<Controle> gedaan = controles.stream().filter(c -> c.uitkomst() != null).toList();
        if (gedaan.isEmpty()) {
            return "Nog geen eerdere controles.";
        }
        return gedaan.stream().map(c -> Woorden.datum(c.op()) + ": " + Woorden.woord(ControleUitkomst.class, c.uitkomst())
                        + (c.bevindingen() == null ? "" : ". " + c.bevindingen()))
                .collect(Collectors.joining("\n"));
    }

    static String overtreding(Overtreding o, Voorwaarde v) {
        return "Voorwaarde: " + voorwaarde(v) + "\n" + gemeld(o) + "\nWat er gebeurde: " + o.wat();
    }

    static String gemeld(Overtreding o) {
        return ("CONTROLE".equals(o.gemeldVia()) ? "Gemeld bij een controle" : "Gemeld buiten de controles om")
                + " door " + o.gemeldDoor() + " op " + Woorden.datum(o.gemeldOp()) + ".";
    }

    /** The other breaches of the probation with the OM's reaction to each, oldest first. */
    static String eerdereOvertredingen(List<Overtreding> overtredingen, long behalve, Map<Long, Voorwaarde> voorwaarden) {
        List<Overtreding> eerdere = overtredingen.stream().filter(o -> o.id() != behalve).toList();
        if (eerdere.isEmpty()) {
            return "Geen andere overtredingen in deze proeftijd.";
        }
        return eerdere.stream().map(o -> Woorden.datum(o.gemeldOp()) + ": " + voorwaarde(voorwaarden.get(o.voorwaardeId()))
                        + ". Reactie van het OM: " + (o.reactie() == null ? "nog niet gegeven"
                        : Woorden.woord(OmReactie.class, o.reactie()).toLowerCase() + " (" + o.reactieReden() + ")"))
                .collect(Collectors.joining("\n"));
    }

    /** For the closing evaluation: each condition with its checks, then the breaches. */
    static String verloop(List<Voorwaarde> voorwaarden, Map<Long, List<Controle>> controles, List<Overtreding> overtredingen) {
        StringBuilder tekst = new StringBuilder();
        for (Voorwaarde v : voorwaarden) {
            tekst.append(voorwaarde(v)).append('\n');
            controles.getOrDefault(v.id(), List.of()).stream().filter(c -> c.uitkomst() != null)
                    .forEach(c -> tekst.append("  ").append(Woorden.datum(c.op())).append(": ")
                            .append(Woorden.woord(ControleUitkomst.class, c.uitkomst())).append('\n'));
        }
        Map<Long, Voorwaarde> perId = voorwaarden.stream().collect(Collectors.toMap(Voorwaarde::id, v -> v));
        tekst.append(overtredingen.isEmpty() ? "Geen overtredingen." : "Overtredingen:\n"
                + eerdereOvertredingen(overtredingen, -1, perId));
        return tekst.toString().strip();
    }

    /**
     * What the household's case hears of a breach: that a condition of this kind was broken, so the
     * table re-assesses immediate safety (domain.md §5). What happened and the OM's reaction are
     * criminal-justice data; they stay in the probation's part of the case file.
     */
    static String incident(Gegevens p, Overtreding o, Voorwaarde v) {
        String soort = v == null ? "de algemene voorwaarde (geen nieuw strafbaar feit)"
                : "een voorwaarde (" + Woorden.woord(VoorwaardeSoort.class, v.soort()).toLowerCase() + ")";
        return "In proeftijd %s is %s overtreden, %s. Het OM beslist over de reactie. Wat er gebeurde staat in het dossier "
                .formatted(p.nummer(), soort, ("CONTROLE".equals(o.gemeldVia()) ? "gemeld bij een controle"
                        : "gemeld buiten de controles om") + " op " + Woorden.datum(o.gemeldOp()))
                + "onder Proeftijd en voorwaarden (voor het OM, de toezichthouder, de procesregisseur en de casusregisseur).";
    }
}
