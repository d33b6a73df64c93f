package nl.casusregie.casus;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user can correct: the field and a Dutch message. Thrown inside a task's
 * completion it rolls the completion back; the engine's REST API answers 400 with the
 * message, which Tasklist shows on the form.
 */
public class OngeldigeInvoerException extends BadUserRequestException {

    private final String veld;

    public OngeldigeInvoerException(String veld, String melding) {
        super(veld + ": " + melding);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }
}
