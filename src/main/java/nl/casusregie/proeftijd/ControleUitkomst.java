package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The outcome of one check of a condition; VERVALLEN is never chosen: a check still open when the conditions changed or the probation ended. */
public enum ControleUitkomst implements Woorden.Woord {
    NAGELEEFD("Nageleefd"),
    OVERTREDEN("Overtreden"),
    VERVALLEN("Vervallen");

    private final String label;

    ControleUitkomst(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<ControleUitkomst> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
