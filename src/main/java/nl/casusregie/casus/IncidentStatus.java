package nl.casusregie.casus;

/** What became of a reported incident; the routing fact of the gateway in zvh-casus's event subprocess. */
public enum IncidentStatus {
    /** Recorded on the running case: immediate safety is re-assessed. */
    NIEUW,
    /** The same incident (same key) was reported before: nothing happens again. */
    AL_BEKEND,
    /** The case does not run (not yet triaged, not taken up, closed): no re-assessment; a referral is needed. */
    GEEN_LOPENDE_CASUS
}
