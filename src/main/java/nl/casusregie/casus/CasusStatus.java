package nl.casusregie.casus;

import nl.casusregie.platform.Woorden;

public enum CasusStatus implements Woorden.Woord {
    /** Referred, waiting for triage. */
    AANGEMELD("Aangemeld, wacht op triage"),
    /** Triage decided not to take it up; referred elsewhere. */
    NIET_OPGEPAKT("Niet opgepakt, verwezen"),
    /** Under case direction, in focus meetings. */
    LOPEND("Lopend"),
    /** Closed with an approved closing plan; aftercare runs. */
    NAZORG("Afgesloten, in nazorg"),
    /** Aftercare found no new signals: the case has ended. */
    BEEINDIGD("Beëindigd");

    private final String label;

    /**
     * Whether the case runs: referred and waiting for triage, or under case direction. A running case
     * takes new incidents (a referral of its household is one), a probation and a restraining order;
     * after closing, in aftercare, new signals make a new referral that triage weighs.
     */
    public boolean loopt() {
        return this == AANGEMELD || this == LOPEND;
    }

    CasusStatus(String label) {
        this.label = label;
    }

    /** How a professional says it. */
    @Override
    public String label() {
        return label;
    }
}
