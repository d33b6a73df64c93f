package nl.casusregie.agenda;

import nl.casusregie.platform.Woorden;

/** Why a case comes back on a table's agenda (domain.md §6); the explanation is free text beside it. */
public enum TerugkeerReden implements Woorden.Woord {
    INFORMATIE_ONTBREEKT("Informatie ontbreekt"),
    WACHTEN_OP_ACTIE("Wachten op een actie"),
    VOLGEN("Volgen"),
    VEILIGHEID_NIET_GEREGELD("Veiligheid nog niet geregeld");

    private final String label;

    TerugkeerReden(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
