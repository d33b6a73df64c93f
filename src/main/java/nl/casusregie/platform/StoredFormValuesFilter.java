package nl.casusregie.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Adds the stored values a task's form shows ({@link StoredFormValues}) to the engine's answer
 * to GET .../task/{id}/form-variables, both on /engine-rest and on the web apps' engine API
 * (Tasklist). So what people wrote is shown where the next person decides, without being held
 * in the engine: it is read from the project's tables for each request and never stored as a
 * variable. Values are added only to an answer the engine gave this user (200), so only to
 * those who may see the task, and only for that task's own instance.
 */
public class StoredFormValuesFilter extends EngineAnswerFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile(".*/task/([^/]+)/form-variables$");

    private final TaskService taskService;
    private final List<StoredFormValues> contributions;

    public StoredFormValuesFilter(TaskService taskService, List<StoredFormValues> contributions, ObjectMapper objectMapper) {
        super(objectMapper);
        this.taskService = taskService;
        this.contributions = contributions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected boolean amend(HttpServletRequest request, JsonNode answer) {
        Matcher path = FORM_VARIABLES.matcher(request.getRequestURI());
        path.matches();
        Map<String, Object> stored = storedValues(path.group(1), request.getParameter("variableNames"));
        stored.forEach((name, value) -> ((ObjectNode) answer).set(name, typed(value)));
        return !stored.isEmpty();
    }

    /**
     * A text as a String variable; anything else (a select's options) as a Json variable, its
     * value the JSON text, as the engine answers a Json variable. Tasklist parses Json values and
     * hands them to the form, where a select takes its options from one by its valuesKey.
     */
    private JsonNode typed(Object value) {
        if (value instanceof String text) {
            return objectMapper.valueToTree(Map.of("type", "String", "value", text, "valueInfo", Map.of()));
        }
        return objectMapper.valueToTree(Map.of("type", "Json", "value", objectMapper.valueToTree(value).toString(),
                "valueInfo", Map.of()));
    }

    private Map<String, Object> storedValues(String taskId, String variableNames) {
        // The engine answered 200 to this user for this task; the lookup itself needs no user.
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Map<String, Object> values = new LinkedHashMap<>();
        if (task != null) {
            contributions.forEach(c -> values.putAll(c.forTask(task)));
        }
        values.values().removeIf(Objects::isNull);
        if (variableNames != null) {
            Set<String> requested = Set.of(variableNames.split(","));
            values.keySet().retainAll(requested);
        }
        return values;
    }
}
