package nl.casusregie.huishouden;

import nl.casusregie.platform.Woorden;

/** A member's role in the case. */
public enum Rol implements Woorden.Woord {
    MOGELIJKE_PLEGER("Mogelijke pleger"),
    SLACHTOFFER("Slachtoffer"),
    /** Mutual violence: one member is both (domain.md §3, issue 8). */
    PLEGER_EN_SLACHTOFFER("Pleger én slachtoffer (wederzijds geweld)"),
    KIND("Kind"),
    ANDERS("Anders");

    private final String label;

    Rol(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
