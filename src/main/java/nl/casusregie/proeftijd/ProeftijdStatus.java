package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** Where a probation stands. */
public enum ProeftijdStatus implements Woorden.Woord {
    LOPEND("Loopt"),
    AFGELOPEN("Afgelopen en geëvalueerd"),
    TENUITVOERLEGGING("Beëindigd: tenuitvoerlegging of vervolging");

    private final String label;

    ProeftijdStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<ProeftijdStatus> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
