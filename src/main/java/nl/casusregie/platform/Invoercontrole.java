package nl.casusregie.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks input before anything is stored and words refusals for people: Bean Validation on
 * the records the services receive (the same check for the REST API and for the forms), each
 * message prefixed with the field's label from the form it comes from.
 */
@Component
public class Invoercontrole {

    private static final Pattern LIST_ELEMENT = Pattern.compile("^([^.\\[]+)\\[(\\d+)](?:\\.(.+))?$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\d+$");

    private final Validator validator;
    private final FormLabels labels;
    private final List<Formulier> formulieren;

    public Invoercontrole(Validator validator, FormLabels labels, List<Formulier> formulieren) {
        this.validator = validator;
        this.labels = labels;
        this.formulieren = formulieren;
    }

    /** Refuses the record with one message per invalid field, or returns it unchanged. */
    public <T> T controleer(T invoer) {
        Set<ConstraintViolation<T>> violations = validator.validate(invoer);
        if (!violations.isEmpty()) {
            Map<String, String> fouten = new LinkedHashMap<>();
            violations.stream()
                    .map(v -> Map.entry(jsonPath(v.getPropertyPath()), v.getMessage()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> fouten.merge(e.getKey(), melding(invoer.getClass(), e.getKey(), e.getValue()),
                            (a, b) -> a + "; " + b.substring(b.indexOf(": ") + 2)));
            throw new OngeldigeInvoerException(fouten);
        }
        return invoer;
    }

    /** A refusal of one field of a record ("afspraken[0].partner" of an Overlegverslag). */
    public OngeldigeInvoerException ongeldig(Class<?> invoer, String pad, String melding) {
        return new OngeldigeInvoerException(pad, melding(invoer, pad, melding));
    }

    /** A refusal of one form field, named by its variable name ("triageReden"). */
    public OngeldigeInvoerException ongeldig(String veld, String melding) {
        return new OngeldigeInvoerException(veld, metLabel(labels.label(veld), melding));
    }

    /** Refuses text longer than its column holds, before the database would. */
    public void maxLengte(String veld, String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            throw ongeldig(veld, "is langer dan " + max + " tekens");
        }
    }

    /** The record whose form shows this list as rows ("scores": Overlegverslag). */
    public Optional<Class<?>> invoerMetLijst(String lijst) {
        return formulieren.stream().filter(f -> f.lijsten().containsKey(lijst)).<Class<?>>map(Formulier::invoer).findFirst();
    }

    /** The message for a field of a record, named as the record's form names it. */
    public String melding(Class<?> invoer, String pad, String melding) {
        return metLabel(label(invoer, pad), melding);
    }

    private Optional<String> label(Class<?> invoer, String pad) {
        Optional<Formulier> formulier = formulieren.stream().filter(f -> f.invoer().equals(invoer)).findFirst();
        if (formulier.isEmpty()) {
            return labels.label(pad);
        }
        String formId = formulier.get().formId();
        Matcher element = LIST_ELEMENT.matcher(pad);
        if (element.matches() && formulier.get().lijsten().containsKey(element.group(1))) {
            return rowLabel(formId, formulier.get().lijsten().get(element.group(1)),
                    Integer.parseInt(element.group(2)), element.group(3));
        }
        if (element.matches()) {
            // An element of a list the form shows as one field (a checklist): named by that field.
            return labels.label(formId, element.group(1) + (element.group(3) == null ? "" : "." + element.group(3)));
        }
        return labels.label(formId, pad);
    }

    /** Row n of a list as the form shows it ("Lid 3"); rows beyond the form's are numbered alike. */
    private Optional<String> rowLabel(String formId, FormRows rows, int index, String veld) {
        String first = rows.names().get(0);
        Optional<String> row = labels.label(formId, first)
                .map(label -> TRAILING_NUMBER.matcher(label).replaceFirst(String.valueOf(index + 1)));
        if (veld == null) {
            return row;
        }
        Optional<String> field = labels.label(formId, first + "." + veld)
                .map(label -> label.substring(label.indexOf(", ") + 2));
        return row.flatMap(r -> field.map(f -> r + ", " + f)).or(() -> field);
    }

    private static String metLabel(Optional<String> label, String melding) {
        return label.map(l -> l + ": " + melding)
                .orElseGet(() -> melding.isEmpty() ? melding : Character.toUpperCase(melding.charAt(0)) + melding.substring(1));
    }

    /** Bean Validation's path as JSON names it: leden[2].naam. */
    private static String jsonPath(Path path) {
        StringBuilder result = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null && !result.isEmpty()) {
                result.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                result.append(result.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return result.toString();
    }
}
