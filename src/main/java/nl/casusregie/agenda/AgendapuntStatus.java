package nl.casusregie.agenda;

import nl.casusregie.platform.Woorden;

/** Where a case on a session stands. */
public enum AgendapuntStatus implements Woorden.Woord {
    /** On the agenda, waiting for its session's decision. */
    GEAGENDEERD("Geagendeerd"),
    /** The session decided on it (and may have put it back on a later session). */
    BESPROKEN("Besproken"),
    /** Taken off before its session; its place was freed. */
    INGETROKKEN("Van de agenda gehaald");

    private final String label;

    AgendapuntStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
