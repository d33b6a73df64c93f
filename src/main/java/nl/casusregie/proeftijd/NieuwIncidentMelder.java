package nl.casusregie.proeftijd;

/**
 * Puts a household's running case on the agenda with a new incident: the probation's side of the
 * contract message NieuwIncident. The receiving side (zvh-casus and its incident service) is
 * another feature's; this port is all the probation knows of it.
 */
public interface NieuwIncidentMelder {

    /**
     * @param casusnummer  the case (business key of zvh-casus)
     * @param huis         its house (tenant)
     * @param bron         what reported it (here always {@link Proeftijd#INCIDENT_BRON})
     * @param omschrijving what the case's readers may know of it
     * @param sleutel      the same incident sent twice carries the same key, and counts once
     */
    void meld(String casusnummer, String huis, String bron, String omschrijving, String sleutel);
}
