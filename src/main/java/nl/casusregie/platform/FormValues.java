package nl.casusregie.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads single form fields that are not text: a date field (form-js sends "2026-12-01") and
 * a checklist (a JSON list of values), as Tasklist and REST clients send them. Refusals name
 * the field by its label on the form.
 */
@Component
public class FormValues {

    private final FormLists formLists;
    private final Invoercontrole invoer;

    public FormValues(FormLists formLists, Invoercontrole invoer) {
        this.formLists = formLists;
        this.invoer = invoer;
    }

    /** The date in a date field, or null when left empty. */
    public LocalDate datum(VariableScope scope, String veld) {
        Object value = scope.getVariable(veld);
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw invoer.ongeldig(veld, "geef een datum als jjjj-mm-dd");
        }
    }

    /** The values ticked in a checklist; empty when none. */
    public List<String> tekstlijst(VariableScope scope, String veld) {
        if (scope.getVariable(veld) == null) {
            return List.of();
        }
        List<String> waarden = new ArrayList<>();
        for (JsonNode node : formLists.json(scope, veld, new FormRows(veld, 0))) {
            if (!node.isTextual()) {
                throw invoer.ongeldig(veld, "kies uit de lijst");
            }
            waarden.add(node.asText());
        }
        return waarden;
    }
}
