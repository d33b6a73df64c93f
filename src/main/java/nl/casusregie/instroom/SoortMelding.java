package nl.casusregie.instroom;

import nl.casusregie.platform.Woorden;

/** What brought the household in: the trigger of a new report, an input of instroom-route. */
public enum SoortMelding implements Woorden.Woord {
    POLITIE("Melding of aangifte bij de politie"),
    VEILIG_THUIS("Melding bij Veilig Thuis"),
    ZORG("Zorgsignaal (huisarts, ziekenhuis, ggz, school)"),
    AANMELDING("Aanmelding bij het Zorg- en Veiligheidshuis");

    private final String label;

    SoortMelding(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
