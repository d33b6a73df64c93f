package nl.casusregie.huisverbod;

/**
 * Puts a household's running case on the agenda with a new incident: the contract message
 * NieuwIncident, correlated to the zvh-casus instance by its business key (the case number) in
 * the case's house. The receiving side is not this feature's: the order only reports that it
 * ended. {@code sleutel} makes the report idempotent, so the same end reported twice re-assesses
 * the case once; {@code bron} says what reported it (here always {@link #BRON}).
 */
public interface NieuwIncidentMelder {

    /** The contract's message name (contract.md). */
    String BERICHT = "NieuwIncident";
    /** What reports the incident: the end of a temporary restraining order. */
    String BRON = "HUISVERBOD";

    void meld(String casusnummer, String huis, String bron, String omschrijving, String sleutel);
}
