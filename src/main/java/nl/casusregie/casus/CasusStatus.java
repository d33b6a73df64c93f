package nl.casusregie.casus;

public enum CasusStatus {
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

    private final String omschrijving;

    CasusStatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** How a professional says it. */
    public String omschrijving() {
        return omschrijving;
    }
}
