package nl.casusregie.huisverbod;

import nl.casusregie.platform.Woorden;

/** Where an order stands: running, or how it ended. */
public enum HuisverbodStatus implements Woorden.Woord {
    LOPEND("Loopt"),
    /** The ten days, or the extension, ran out. */
    AFGELOPEN("Afgelopen"),
    /** Day ten came without a decision on extension: the order ended, and the chair is told. */
    VERLOPEN_ZONDER_BESLUIT("Verlopen zonder besluit over verlenging"),
    /** Lifted early by the mayor. */
    INGETROKKEN("Ingetrokken");

    private final String label;

    HuisverbodStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
