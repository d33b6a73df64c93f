package nl.casusregie.aanmelding;

import nl.casusregie.platform.Variable;

/**
 * Routing facts a referral adds to zvh-casus for the procesregisseur at triage, beside the
 * backing class's (ZvhCasus.EERDERE_CASUSSEN): case numbers and why, never personal data.
 */
public final class Triagefeiten {

    /**
     * Households that may be this one: a member has the same name but a birth date is missing
     * on either side, so only a person can judge. Shown read-only on the form triage-besluiten.
     */
    public static final Variable<String> MOGELIJK_BEKEND = Variable.of("mogelijkBekend", String.class);

    private Triagefeiten() {
    }
}
