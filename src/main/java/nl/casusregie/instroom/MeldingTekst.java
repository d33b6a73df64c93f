package nl.casusregie.instroom;

import java.util.List;
import nl.casusregie.actieoverleg.BetrokkeneRol;
import nl.casusregie.instroom.MeldingRepository.Melding;
import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;

/** A report in words, as the forms show it: who reported what about whom, the facts, the advice and the route chosen. */
final class MeldingTekst {

    private MeldingTekst() {
    }

    static String melding(Melding melding, List<nl.casusregie.actieoverleg.Betrokkene> betrokkenen) {
        String mensen = Woorden.opsomming(betrokkenen.stream().map(b -> b.naam()
                + (b.geboortedatum() == null ? "" : " (geboren " + Woorden.datum(b.geboortedatum()) + ")")
                + ", " + Woorden.woord(BetrokkeneRol.class, b.rol().name()).toLowerCase()).toList());
        Meldingsfeiten f = melding.feiten();
        return melding.nummer() + ", gemeld door " + Woorden.woord(PartnerGroup.class, melding.melderGroep()) + " op "
                + Woorden.datumTijd(melding.gemeldOp()) + "\n"
                + "Betrokkenen: " + mensen + "\n"
                + "Wat er gebeurd is: " + melding.watGebeurd() + "\n"
                + "Soort melding: " + f.soortMelding().label() + "\n"
                + "Acute onveiligheid: " + Woorden.jaNee(f.acuteOnveiligheid())
                + "; letsel bij een kind: " + Woorden.jaNee(f.letselKind())
                + "; stalking: " + Woorden.jaNee(f.stalking())
                + "; verdachte gehoord of aangehouden: " + Woorden.jaNee(f.verdachteGehoordOfAangehouden())
                + "; mensenhandel: " + Woorden.jaNee(f.mensenhandel())
                + "; dreigend gevaar: " + Woorden.jaNee(f.dreigendGevaar())
                + "; regio: " + (f.regio() == null ? "geen eigen regels" : f.regio().label());
    }

    static String advies(Melding melding) {
        return Instroomroute.of(melding.adviesRoute()).map(Instroomroute::label).orElse("geen advies")
                + (melding.adviesReden() == null ? "" : "\nWaarom: " + melding.adviesReden());
    }

    /** The route chosen, and an override of the advice with its reason. */
    static String route(Melding melding) {
        String route = Instroomroute.of(melding.route()).map(Instroomroute::label).orElse("nog niet gekozen");
        return "Gekozen route: " + route + (melding.afgeweken() ? "\n" + afwijking(melding) : " (zoals geadviseerd)");
    }

    static String afwijking(Melding melding) {
        return "Afgeweken van het advies (" + Instroomroute.of(melding.adviesRoute()).map(Instroomroute::label)
                .orElse(melding.adviesRoute()) + "), reden: " + melding.afwijkReden();
    }
}
