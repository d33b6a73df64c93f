package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The criminal decision that comes with a probation period (domain.md §4). */
public enum ProeftijdSoort implements Woorden.Woord {
    VOORWAARDELIJK_SEPOT("Voorwaardelijk sepot"),
    VOORWAARDELIJKE_STRAF("Voorwaardelijke straf");

    private final String label;

    ProeftijdSoort(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<ProeftijdSoort> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
