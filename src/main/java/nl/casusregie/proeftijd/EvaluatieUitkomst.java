package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** How the probation went, as the supervising partner concludes at its end. */
public enum EvaluatieUitkomst implements Woorden.Woord {
    NAGELEEFD("Voorwaarden nageleefd"),
    NIET_NAGELEEFD("Voorwaarden niet volledig nageleefd");

    private final String label;

    EvaluatieUitkomst(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<EvaluatieUitkomst> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
