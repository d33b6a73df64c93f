package nl.casusregie.actieoverleg;

import nl.casusregie.platform.Woorden;

/** The table the Actie-Overleg hands a case to when the plan is not its to finish. */
public enum Overdracht implements Woorden.Woord {
    ZSM_VERDIEPING("ZSM-verdiepingsoverleg"),
    ZVH_TRIAGE("Weegoverleg van het Zorg- en Veiligheidshuis");

    private final String label;

    Overdracht(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
