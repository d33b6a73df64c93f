package nl.casusregie.overleg;

import java.util.Arrays;
import nl.casusregie.platform.Woorden;

/**
 * A part of a focus meeting, in the order it is held (domain.md §2.4, §4). The OM never sits
 * with clients: what is said in the OM part is readable only by om and procesregisseur.
 */
public enum Segment implements Woorden.Woord {
    GEHEEL("Het hele overleg"),
    OM("OM-deel, zonder cliënten"),
    PROFESSIONALS("Professionals, zonder cliënten"),
    CLIENTEN("Cliëntendeel, zonder OM"),
    SLACHTOFFER("Gesprek met het slachtoffer"),
    PLEGER("Gesprek met de (vermoedelijke) pleger"),
    MINDERJARIGEN("Gesprek met de minderjarigen apart");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static boolean isSegment(String code) {
        return code != null && Arrays.stream(values()).anyMatch(s -> s.name().equals(code));
    }
}
