package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The OM's estimate of the risk of repetition; with the kind of condition it decides how often a condition is checked (opvolging-interval). */
public enum Risico implements Woorden.Woord {
    LAAG("Laag"),
    MIDDEN("Midden"),
    HOOG("Hoog");

    private final String label;

    Risico(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<Risico> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
