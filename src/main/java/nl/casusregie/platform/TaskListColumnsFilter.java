package nl.casusregie.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Fills the columns of Tasklist's lists ({@link TaskListColumns}) into the engine's answer to
 * .../filter/{id}/list in HAL (what Tasklist asks), on /engine-rest and on the web apps' engine
 * API. Only tasks the engine already listed for this user get values, each from its own
 * instance in its own house.
 */
public class TaskListColumnsFilter extends EngineAnswerFilter {

    private static final Pattern FILTER_LIST = Pattern.compile(".*/filter/[^/]+/list$");

    private final List<TaskListColumns> contributions;

    public TaskListColumnsFilter(List<TaskListColumns> contributions, ObjectMapper objectMapper) {
        super(objectMapper);
        this.contributions = contributions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || !accept.contains("application/hal+json")
                || !FILTER_LIST.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected boolean amend(HttpServletRequest request, JsonNode list) {
        return fillColumns(list.path("_embedded").path("task"));
    }

    private boolean fillColumns(JsonNode tasks) {
        if (!tasks.isArray() || tasks.isEmpty()) {
            return false;
        }
        Map<String, List<JsonNode>> byHouse = StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.hasNonNull("processInstanceId") && t.hasNonNull("tenantId"))
                .collect(Collectors.groupingBy(t -> t.get("tenantId").asText()));
        Map<String, Map<String, String>> values = new HashMap<>();
        byHouse.forEach((huis, ofHouse) -> {
            List<String> instances = ofHouse.stream().map(t -> t.get("processInstanceId").asText()).distinct().toList();
            contributions.forEach(c -> values.putAll(c.forInstances(huis, instances)));
        });
        tasks.forEach(task -> {
            Map<String, String> columns = values.get(task.path("processInstanceId").asText());
            if (columns != null && task instanceof ObjectNode node) {
                set(node, columns);
            }
        });
        return !values.isEmpty();
    }

    /** Replaces or adds the task's embedded variables of these names, as the engine would embed them. */
    private void set(ObjectNode task, Map<String, String> columns) {
        ObjectNode embedded = task.with("_embedded");
        ArrayNode variables = embedded.path("variable") instanceof ArrayNode existing ? existing : embedded.putArray("variable");
        for (int i = variables.size() - 1; i >= 0; i--) {
            if (columns.containsKey(variables.get(i).path("name").asText())) {
                variables.remove(i);
            }
        }
        columns.forEach((name, value) -> {
            if (value != null) {
                ObjectNode variable = variables.addObject();
                variable.put("name", name).put("value", value).put("type", "String");
                variable.putObject("valueInfo");
            }
        });
    }
}
