package nl.casusregie.casus;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The triage outcome: how the house takes a case up, or not. Codes are the DMN's values. */
public enum Aanpak implements Woorden.Woord {
    MDA_PLUS_PLUS("MDA++", "MDA++"),
    REGULIER("REGULIER", "Reguliere aanpak"),
    NIET_OPPAKKEN("NIET_OPPAKKEN", "Niet opgepakt");

    private static final String VERWEZEN_NAAR = " -> ";

    private final String code;
    private final String label;

    Aanpak(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** A recorded triage outcome: the approach's code, or NIET_OPPAKKEN, this, and where to ("NIET_OPPAKKEN -> ZSM"). */
    static String triageUitkomst(Aanpak aanpak, String verwijzing) {
        return aanpak == NIET_OPPAKKEN ? aanpak.code + VERWEZEN_NAAR + verwijzing : aanpak.code;
    }

    /** A recorded triage outcome in words: "Reguliere aanpak", "Niet opgepakt: verwezen naar Veilig Thuis". */
    public static String triageUitkomstInWoorden(String uitkomst) {
        if (uitkomst == null) {
            return null;
        }
        String[] delen = uitkomst.split(VERWEZEN_NAAR, 2);
        String aanpak = Woorden.woord(Aanpak.class, delen[0]);
        return delen.length == 1 ? aanpak : aanpak + ": verwezen naar " + Woorden.woord(Verwijzing.class, delen[1]);
    }

    public static Optional<Aanpak> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
