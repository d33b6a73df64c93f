package nl.casusregie.aanmelding;

import nl.casusregie.platform.Woorden;

/** Criminal measures already running, with the words the start form shows. */
public enum StrafrechtelijkeMaatregel implements Woorden.Woord {
    RECLASSERINGSTOEZICHT("Reclasseringstoezicht"),
    CONTACTVERBOD("Contactverbod"),
    GEBIEDSVERBOD("Gebiedsverbod"),
    DETENTIE("Detentie"),
    TAAKSTRAF("Taakstraf");

    private final String label;

    StrafrechtelijkeMaatregel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
