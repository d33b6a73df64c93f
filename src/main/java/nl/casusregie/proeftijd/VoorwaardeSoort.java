package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The kinds of special conditions the OM sets with a probation (domain.md §4, §8). */
public enum VoorwaardeSoort implements Woorden.Woord {
    MEEWERKEN_HULPVERLENING("Meewerken aan hulpverlening"),
    CONTACTVERBOD("Contactverbod"),
    GEBIEDSVERBOD("Gebiedsverbod"),
    BEHANDELING("Behandeling"),
    ANDERS("Andere voorwaarde");

    private final String label;

    VoorwaardeSoort(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<VoorwaardeSoort> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
