package nl.casusregie.overleg;

import java.util.Arrays;
import nl.casusregie.platform.Woorden;

/**
 * The basis on which a partner shares what it knows (domain.md §3b), or the client's refusal
 * of consent, which the case file then shows where that partner's information would be.
 */
public enum Grondslag implements Woorden.Woord {
    TOESTEMMING("Toestemming van de cliënt"),
    WETTELIJKE_TAAK("Wettelijke taak"),
    DOORBREKING_GEHEIMHOUDING("Doorbreking van het beroepsgeheim"),
    GEWEIGERD("Toestemming geweigerd");

    private final String label;

    Grondslag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static boolean isGrondslag(String code) {
        return code != null && Arrays.stream(values()).anyMatch(g -> g.name().equals(code));
    }
}
