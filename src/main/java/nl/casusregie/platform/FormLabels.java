package nl.casusregie.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels of the fields in the Camunda Forms (forms/*.form), the one place that names a
 * field for the people who fill it in. Refusals name fields with these labels, so a message
 * says "Lid 3, Geboortedatum" where the form shows that, not a variable name or a JSON path.
 * Paths are the forms' own: a field's key, or a group's path and a field's key ("lid3.naam").
 */
@Component
public class FormLabels {

    /** Form id to (path to label), forms in file-name order so a lookup over all forms is stable. */
    private final Map<String, Map<String, String>> labels;

    public FormLabels(ObjectMapper objectMapper) {
        this.labels = read(objectMapper);
    }

    /** The label of a field or group in one form; a field in a group is named with the group's label. */
    public Optional<String> label(String formId, String path) {
        Map<String, String> form = labels.getOrDefault(formId, Map.of());
        String label = form.get(path);
        if (label == null) {
            return Optional.empty();
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return Optional.of(label);
        }
        return label(formId, path.substring(0, dot)).map(group -> group + ", " + label).or(() -> Optional.of(label));
    }

    /** The label of a top-level field in whichever form has it (field keys are the processes' variable names). */
    public Optional<String> label(String veld) {
        return labels.keySet().stream().map(form -> label(form, veld)).flatMap(Optional::stream).findFirst();
    }

    private static Map<String, Map<String, String>> read(ObjectMapper objectMapper) {
        Map<String, Map<String, String>> result = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = objectMapper.readTree(in);
                    Map<String, String> paths = new LinkedHashMap<>();
                    collect(form, "", paths);
                    result.put(form.path("id").asText(), paths);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De formulieren (forms/*.form) zijn niet te lezen", e);
        }
        return result;
    }

    private static void collect(JsonNode container, String prefix, Map<String, String> paths) {
        for (JsonNode component : container.path("components")) {
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.path("dateLabel").asText(null);
            String name = component.hasNonNull("key") ? component.get("key").asText()
                    : component.hasNonNull("path") ? component.get("path").asText() : null;
            // A field shown read-only (a value from an earlier step) is not where it is filled in.
            boolean shownOnly = component.path("disabled").asBoolean() || component.path("readonly").asBoolean();
            if (name != null && label != null && !label.isBlank() && !shownOnly) {
                paths.put(prefix + name, label.strip());
            }
            // A group with a path nests its fields under it; one without only arranges them.
            collect(component, name != null && component.has("components") ? prefix + name + "." : prefix, paths);
        }
    }
}
