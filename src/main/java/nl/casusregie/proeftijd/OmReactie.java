package nl.casusregie.proeftijd;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The OM's reaction to a breach (domain.md §5). */
public enum OmReactie implements Woorden.Woord {
    WAARSCHUWING("Waarschuwing"),
    GEWIJZIGDE_VOORWAARDEN("Gewijzigde voorwaarden"),
    TENUITVOERLEGGING("Tenuitvoerlegging (bij een voorwaardelijk sepot: alsnog vervolgen)");

    private final String label;

    OmReactie(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value for a submitted code, if it is one. */
    public static Optional<OmReactie> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
