package nl.casusregie.casus;

/**
 * Input a user can correct: the field and a Dutch message. Thrown inside a task's
 * completion it rolls the completion back, and Tasklist shows the message.
 */
public class OngeldigeInvoerException extends RuntimeException {

    private final String veld;

    public OngeldigeInvoerException(String veld, String melding) {
        super(veld + ": " + melding);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }
}
