package nl.casusregie.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a user can correct: the field and a Dutch message. Thrown inside a task's
 * completion it rolls the completion back. It is the engine's form validation exception,
 * so the engine's REST API answers 400 with the message, which Tasklist shows on the form.
 */
public class OngeldigeInvoerException extends FormFieldValidationException {

    private final String veld;

    public OngeldigeInvoerException(String veld, String melding) {
        super(veld, veld + ": " + melding);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }
}
