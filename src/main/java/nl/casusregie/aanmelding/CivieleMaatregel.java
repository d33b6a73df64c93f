package nl.casusregie.aanmelding;

import nl.casusregie.platform.Woorden;

/** Civil measures already running, with the words the start form shows. */
public enum CivieleMaatregel implements Woorden.Woord {
    BEWIND("Beschermingsbewind"),
    ONDERTOEZICHTSTELLING("Ondertoezichtstelling"),
    UITHUISPLAATSING("Uithuisplaatsing"),
    VOOGDIJ("Voogdij");

    private final String label;

    CivieleMaatregel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
