package nl.casusregie.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a user can correct: per field (its variable name or JSON path) a Dutch message that
 * names the field as the form does ("Lid 3, Geboortedatum: ligt in de toekomst"); build it
 * with {@link Invoercontrole}. Thrown inside a task's completion it rolls the completion back.
 * It is the engine's form validation exception, so the engine's REST API answers 400, and
 * {@link OngeldigeInvoerMapper} gives that answer the Dutch messages alone.
 */
public class OngeldigeInvoerException extends FormFieldValidationException {

    private final transient Map<String, String> fouten;

    /** One field; the message is shown as it is, so it carries the field's label. */
    public OngeldigeInvoerException(String veld, String melding) {
        this(Map.of(veld, melding));
    }

    public OngeldigeInvoerException(Map<String, String> fouten) {
        super(fouten.keySet().iterator().next(), String.join("; ", fouten.values()));
        this.fouten = Collections.unmodifiableMap(new LinkedHashMap<>(fouten));
    }

    /** The first field refused. */
    public String veld() {
        return fouten.keySet().iterator().next();
    }

    /** Field (variable name or JSON path) to its Dutch message. */
    public Map<String, String> fouten() {
        return fouten;
    }
}
