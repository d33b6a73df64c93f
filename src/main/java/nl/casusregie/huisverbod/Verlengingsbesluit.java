package nl.casusregie.huisverbod;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The mayor's decision on extending an order, as the form huisverbod-verlenging offers it. */
public enum Verlengingsbesluit implements Woorden.Woord {
    VERLENGEN("Verlengen"),
    NIET_VERLENGEN("Niet verlengen: het huisverbod eindigt na tien dagen");

    private final String label;

    Verlengingsbesluit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<Verlengingsbesluit> of(String code) {
        return Arrays.stream(values()).filter(b -> b.name().equals(code)).findFirst();
    }
}
