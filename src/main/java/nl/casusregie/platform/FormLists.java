package nl.casusregie.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads a list that a form or an API client submitted: a JSON list variable, or the rows of
 * a Camunda Form ({@link FormRows}), skipping rows left empty. JSON arrives as Spin values
 * (Tasklist), as text, or as plain Java maps and lists. Read as strictly as the REST API,
 * except for numbers typed into a number field.
 */
@Component
public class FormLists {

    private final ObjectMapper objectMapper;
    private final JsonFouten jsonFouten;
    private final Invoercontrole invoercontrole;

    public FormLists(ObjectMapper objectMapper, JsonFouten jsonFouten, Invoercontrole invoercontrole) {
        this.objectMapper = numbersAsText(objectMapper);
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

    /** A form's values (plain, or JSON from {@link #json}) as a record, refused in Dutch where they do not fit. */
    public <T> T convert(Map<String, Object> values, Class<T> type) {
        try {
            return objectMapper.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException json) {
                throw jsonFouten.ongeldig(type, json);
            }
            throw e;
        }
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

    /**
     * The application's strict reader, except that a number may come as text: Tasklist's number
     * fields (form-js) submit what was typed. "3" is 3; "2.5" for a whole number is still refused.
     */
    private static ObjectMapper numbersAsText(ObjectMapper strict) {
        ObjectMapper mapper = strict.copy();
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return mapper;
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
