package nl.casusregie.instroom;

import java.util.Arrays;
import java.util.Optional;
import nl.casusregie.platform.Woorden;

/** The table that takes a new report (domain §6b), as decision instroom-route names it; codes are the table's outputs. */
public enum Instroomroute implements Woorden.Woord {
    SAMEN_OP_IN_ACUUT("Samen op in Acuut: politie en Veilig Thuis samen ter plaatse"),
    STRAFBARE_KINDERMISHANDELING("Strafbare kindermishandeling: Veilig Thuis, officier, politie en Raad samen"),
    ACTIE_OVERLEG("Actie-Overleg van Veilig Thuis, politie en OM"),
    ZSM_VEILIG_THUIS("Veilig Thuis met ZSM"),
    ZVH_TRIAGE("Weegoverleg van het Zorg- en Veiligheidshuis");

    private final String label;

    Instroomroute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The route for a code the table gave, if it is one. */
    public static Optional<Instroomroute> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
