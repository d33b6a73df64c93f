package nl.casusregie.casus;

public enum CasusStatus {
    /** Referred, waiting for triage. */
    AANGEMELD,
    /** Triage decided not to take it up; referred elsewhere. */
    NIET_OPGEPAKT,
    /** Under case direction, in focus meetings. */
    LOPEND,
    /** Closed with an approved closing plan; aftercare runs. */
    NAZORG,
    /** Aftercare found no new signals: the case has ended. */
    BEEINDIGD
}
