package nl.casusregie.casus;

/** What became of a reported incident; the routing fact of the gateway in zvh-casus's event subprocess. */
public enum IncidentStatus {
    /** Recorded on the running case: immediate safety is re-assessed. */
    NIEUW,
    /**
     * Recorded on a case still waiting for triage: it weighs in the triage decision (the chair reads it in
     * the case file); the partners taking part are told, nothing else moves.
     */
    IN_TRIAGE,
    /** The same incident (same key) was reported before: nothing happens again. */
    AL_BEKEND,
    /** The case does not run (not taken up, closed or in aftercare): no re-assessment; a referral is needed. */
    GEEN_LOPENDE_CASUS
}
