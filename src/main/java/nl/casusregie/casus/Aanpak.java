package nl.casusregie.casus;

import java.util.Arrays;
import java.util.Optional;

/** The triage outcome: how the house takes a case up, or not. Codes are the DMN's values. */
public enum Aanpak {
    MDA_PLUS_PLUS("MDA++"),
    REGULIER("REGULIER"),
    NIET_OPPAKKEN("NIET_OPPAKKEN");

    private final String code;

    Aanpak(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Aanpak> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
