package nl.casusregie.huishouden;

/** A member's role in the case. */
public enum Rol {
    MOGELIJKE_PLEGER("Mogelijke pleger"),
    SLACHTOFFER("Slachtoffer"),
    KIND("Kind"),
    ANDERS("Anders");

    private final String label;

    Rol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
