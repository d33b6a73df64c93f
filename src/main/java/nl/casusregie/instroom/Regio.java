package nl.casusregie.instroom;

import nl.casusregie.platform.Woorden;

/**
 * The regions that instroom-route has rules of their own for (routes differ per region, domain
 * §6b). A report from any other region has no region here and follows the table's default rules.
 */
public enum Regio implements Woorden.Woord {
    NOORD_LIMBURG("Noord-Limburg"),
    ZUID_LIMBURG("Zuid-Limburg");

    private final String label;

    Regio(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
