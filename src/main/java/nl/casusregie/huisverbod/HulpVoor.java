package nl.casusregie.huisverbod;

import nl.casusregie.platform.PartnerGroup;
import nl.casusregie.platform.Woorden;

/** For whom help starts during the time-out, and which partner starts it. */
public enum HulpVoor implements Woorden.Woord {
    /** Contact with the one barred from the home: the municipality. */
    UITHUISGEPLAATSTE("De uithuisgeplaatste", PartnerGroup.GEMEENTE),
    /** Help for those at risk who stay: Veilig Thuis. */
    ACHTERBLIJVERS("De achterblijvers", PartnerGroup.VEILIGTHUIS);

    private final String label;
    private final PartnerGroup partner;

    HulpVoor(String label, PartnerGroup partner) {
        this.label = label;
        this.partner = partner;
    }

    @Override
    public String label() {
        return label;
    }

    public PartnerGroup partner() {
        return partner;
    }
}
