package nl.casusregie.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Words Jackson's refusals of JSON input for people: the field (its JSON path as key, its
 * form label in the message) and what was expected, never Jackson's own message, which
 * names Java types and repeats what was sent.
 */
@Component
public class JsonFouten {

    private final Invoercontrole invoercontrole;

    public JsonFouten(Invoercontrole invoercontrole) {
        this.invoercontrole = invoercontrole;
    }

    /** The refusal for JSON that {@code invoer} could not be read from (null: the type is unknown). */
    public OngeldigeInvoerException ongeldig(Class<?> invoer, JsonProcessingException e) {
        JsonParseException syntax = syntaxError(e);
        if (syntax != null) {
            e = syntax;
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pad = pad(mapping);
            Class<?> root = invoer != null ? invoer : root(mapping);
            return new OngeldigeInvoerException(pad, e instanceof UnrecognizedPropertyException
                    ? "Onbekend veld; het formulier kent het niet"
                    : invoercontrole.melding(root, pad, verwacht(mapping)));
        }
        JsonLocation location = e.getLocation();
        return new OngeldigeInvoerException("body", location == null || location.getLineNr() < 0 ? "Geen geldige JSON"
                : "Geen geldige JSON (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")");
    }

    /** Broken JSON (also a duplicate key) is the body's fault, wherever the reader was. */
    private static JsonParseException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static String verwacht(JsonMappingException e) {
        if (e instanceof InvalidNullException) {
            return "is leeg";
        }
        Class<?> type = e instanceof InvalidFormatException format ? format.getTargetType()
                : e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "ongeldige waarde";
        }
        if (type.isEnum()) {
            return "kies een van: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "verwacht een geheel getal";
        }
        if (type == Double.class || type == double.class) {
            return "verwacht een getal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "verwacht ja of nee (true of false)";
        }
        if (type == String.class) {
            return "verwacht tekst";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "verwacht een datum (JJJJ-MM-DD)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "verwacht een lijst";
        }
        return "ongeldige waarde";
    }

    private static Class<?> root(JsonMappingException e) {
        Object from = e.getPath().get(0).getFrom();
        return from instanceof Class<?> type ? type : from == null ? null : from.getClass();
    }

    private static String pad(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
