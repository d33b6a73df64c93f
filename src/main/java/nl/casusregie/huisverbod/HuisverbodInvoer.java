package nl.casusregie.huisverbod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casusregie.platform.JsonFouten;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.springframework.stereotype.Component;

/**
 * Reads and checks an order as the API receives it and names each refused field in Dutch, as the
 * mayor's office knows it: "Achterblijver 2, Naam: is verplicht". The order has no form of its own
 * (it starts only through the API), so the names are given here, also for JSON that does not fit
 * (a number where a name belongs, a date that is not one).
 */
@Component
class HuisverbodInvoer {

    private static final Map<String, String> VELDEN = Map.of(
            "opgelegdOp", "Opgelegd op",
            "casusnummer", "Casusnummer",
            "uithuisgeplaatste", "Uithuisgeplaatste",
            "achterblijvers", "Achterblijvers",
            "naam", "Naam",
            "geboortedatum", "Geboortedatum");
    private static final Pattern ACHTERBLIJVER = Pattern.compile("^achterblijvers\\[(\\d+)](?:\\.(.+))?$");

    private final Validator validator;
    private final ObjectMapper objectMapper;
    private final JsonFouten jsonFouten;

    HuisverbodInvoer(Validator validator, ObjectMapper objectMapper, JsonFouten jsonFouten) {
        this.validator = validator;
        this.objectMapper = objectMapper;
        this.jsonFouten = jsonFouten;
    }

    /** The order from the request's JSON, read as strictly as any request; a field that does not fit is named in Dutch. */
    HuisverbodRequest lees(JsonNode json) {
        try {
            return objectMapper.treeToValue(json, HuisverbodRequest.class);
        } catch (JsonProcessingException e) {
            OngeldigeInvoerException fout = jsonFouten.ongeldig(HuisverbodRequest.class, e);
            String pad = fout.veld();
            if (pad.equals("body")) {
                throw fout;
            }
            // JsonFouten finds no form label here (the order has no form); the field is named by label(pad).
            String verwacht = fout.fouten().get(pad);
            String melding = pad.equals("opgelegdOp") ? "verwacht een datum en tijd (JJJJ-MM-DDTUU:MM)"
                    : verwacht.startsWith("Onbekend veld") ? "onbekend veld"
                    : Character.toLowerCase(verwacht.charAt(0)) + verwacht.substring(1);
            throw ongeldig(pad, melding);
        }
    }

    /** Refuses the order with one message per invalid field, keyed by its JSON path. */
    void controleer(HuisverbodRequest verzoek) {
        Map<String, String> fouten = new TreeMap<>();
        for (ConstraintViolation<HuisverbodRequest> fout : validator.validate(verzoek)) {
            String pad = jsonPad(fout.getPropertyPath());
            fouten.merge(pad, fout.getMessage(), (a, b) -> a + "; " + b);
        }
        if (!fouten.isEmpty()) {
            Map<String, String> gelabeld = new LinkedHashMap<>();
            fouten.forEach((pad, melding) -> gelabeld.put(pad, ongeldig(pad, melding).fouten().get(pad)));
            throw new OngeldigeInvoerException(gelabeld);
        }
    }

    /** The refusal of one field of the order, named in Dutch. */
    OngeldigeInvoerException ongeldig(String pad, String melding) {
        return new OngeldigeInvoerException(pad, label(pad) + ": " + melding);
    }

    /** "opgelegdOp" is "Opgelegd op", "uithuisgeplaatste.naam" "Uithuisgeplaatste, Naam", "achterblijvers[1]" "Achterblijver 2". */
    static String label(String pad) {
        Matcher rij = ACHTERBLIJVER.matcher(pad);
        if (rij.matches()) {
            String achterblijver = "Achterblijver " + (Integer.parseInt(rij.group(1)) + 1);
            return rij.group(2) == null ? achterblijver : achterblijver + ", " + VELDEN.getOrDefault(rij.group(2), rij.group(2));
        }
        int punt = pad.indexOf('.');
        if (punt > 0) {
            return label(pad.substring(0, punt)) + ", " + VELDEN.getOrDefault(pad.substring(punt + 1), pad.substring(punt + 1));
        }
        return VELDEN.getOrDefault(pad, pad);
    }

    /** Bean Validation's path as JSON names it: achterblijvers[1].naam. */
    private static String jsonPad(Path path) {
        StringBuilder pad = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null && !pad.isEmpty()) {
                pad.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pad.append(pad.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return pad.toString();
    }
}
