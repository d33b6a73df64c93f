package nl.casusregie.overleg;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/**
 * What the guard of a minimum condition (bodemeis) records, which is also the agreement's status
 * afterwards: kept up to the deadline, or broken. The words are the options of the form
 * bodemeis-bewaken and the status words of the case file and the agreements list.
 */
public enum BodemeisUitkomst implements Woorden.Woord {
    NAGELEEFD("Nageleefd tot de deadline"),
    GESCHONDEN("Geschonden");

    private final String label;

    BodemeisUitkomst(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The outcome with this code, if it is one. */
    public static Optional<BodemeisUitkomst> of(String code) {
        return Arrays.stream(values()).filter(u -> u.name().equals(code)).findFirst();
    }
}
