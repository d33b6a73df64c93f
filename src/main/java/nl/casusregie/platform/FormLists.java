package nl.casusregie.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads a list that a form or an API client submitted: a JSON list variable, or the rows of
 * a Camunda Form ({@link FormRows}), skipping rows left empty. JSON arrives as Spin values
 * (Tasklist), as text, or as plain Java maps and lists.
 */
@Component
public class FormLists {

    private final ObjectMapper objectMapper;
    private final JsonFouten jsonFouten;
    private final Invoercontrole invoercontrole;

    public FormLists(ObjectMapper objectMapper, JsonFouten jsonFouten, Invoercontrole invoercontrole) {
        this.objectMapper = objectMapper;
        this.jsonFouten = jsonFouten;
        this.invoercontrole = invoercontrole;
    }

    /** The list as JSON: the variable {@code listName} if set, else the non-empty rows. */
    public ArrayNode json(VariableScope scope, String listName, FormRows rows) {
        Object list = scope.getVariable(listName);
        if (list != null) {
            JsonNode node = parse(listName, list);
            if (!node.isArray()) {
                throw new OngeldigeInvoerException(listName, "Verwacht een lijst");
            }
            return (ArrayNode) node;
        }
        ArrayNode result = objectMapper.createArrayNode();
        for (String row : rows.names()) {
            Object value = scope.getVariable(row);
            if (value != null) {
                JsonNode node = parse(row, value);
                if (hasContent(node)) {
                    result.add(node);
                }
            }
        }
        return result;
    }

    public <T> List<T> read(VariableScope scope, String listName, FormRows rows, Class<T> type) {
        ArrayNode array = json(scope, listName, rows);
        try {
            return objectMapper.readerForListOf(type).readValue(array);
        } catch (JsonMappingException e) {
            // Jackson's path starts at the list; the form's record names the list.
            e.prependPath(new JsonMappingException.Reference(null, listName));
            throw jsonFouten.ongeldig(invoercontrole.invoerMetLijst(listName).orElse(null), e);
        } catch (java.io.IOException e) {
            throw new OngeldigeInvoerException(listName, "Onleesbare lijst");
        }
    }

    private JsonNode parse(String name, Object value) {
        try {
            if (value instanceof String text) {
                return objectMapper.readTree(text);
            }
            if (value.getClass().getName().startsWith("org.camunda.spin")) {
                return objectMapper.readTree(value.toString());
            }
            return objectMapper.valueToTree(value);
        } catch (java.io.IOException e) {
            throw new OngeldigeInvoerException(name, "Geen geldige JSON");
        }
    }

    private static boolean hasContent(JsonNode row) {
        for (JsonNode value : row) {
            if (!value.isNull() && !(value.isTextual() && value.asText().isBlank()) && !(value.isBoolean() && !value.asBoolean())) {
                return true;
            }
        }
        return false;
    }
}
