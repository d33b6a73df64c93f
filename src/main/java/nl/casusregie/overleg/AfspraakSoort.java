package nl.casusregie.overleg;

import java.util.Arrays;
import nl.casusregie.platform.Woorden;

/** The six kinds into which the agreements in the studied files fell (domain.md §8). */
public enum AfspraakSoort implements Woorden.Woord {
    INFORMATIE_PROFESSIONALS("Informatie uitwisselen tussen professionals"),
    ACTIE_PROFESSIONALS("Andere actie van professionals"),
    ACTIE_GEZIN("Andere actie met het gezin"),
    INFORMATIE_GEZIN("Informatie uitwisselen met het gezin"),
    GESPREK_GEZIN("Nieuw gesprek met het gezin"),
    OVERLEG_PROFESSIONALS("Nieuw overleg tussen professionals");

    private final String label;

    AfspraakSoort(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static boolean isSoort(String code) {
        return code != null && Arrays.stream(values()).anyMatch(s -> s.name().equals(code));
    }
}
