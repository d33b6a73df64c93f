package nl.casusregie.huisverbod;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** What came of starting help during the time-out, as the help forms offer it. */
public enum HulpUitkomst implements Woorden.Woord {
    HULP_GESTART("Contact gelegd, hulp is gestart"),
    HULP_GEWEIGERD("Contact gelegd, hulp geweigerd"),
    GEEN_CONTACT("Geen contact gekregen");

    private final String label;

    HulpUitkomst(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<HulpUitkomst> of(String code) {
        return Arrays.stream(values()).filter(u -> u.name().equals(code)).findFirst();
    }
}
