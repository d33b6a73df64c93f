package nl.casusregie.dossier;

/** How much of a case file a user may read. */
public enum Leesrecht {
    /**
     * The whole file: the procesregisseur, the case's director, and partners taking part in the
     * case; what was said in an OM segment only for om and the procesregisseur (DossierLeesrecht).
     */
    VOLLEDIG,
    /** Who, when and what was decided, without what the file says about the household: supervisors. */
    ZONDER_PERSOONSGEGEVENS
}
