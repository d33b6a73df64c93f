package nl.casusregie.platform.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Camunda Forms (form-js, as Tasklist 7.24 renders them) of the kinds the project uses:
 * input fields, groups, and text blocks with fixed text. A text block is rendered as Markdown
 * and HTML, so it may not show values ({{...}} or a FEEL "=" expression) nor hold HTML; values
 * are shown in read-only fields, which render as plain text. HTML, iframes, images, buttons,
 * tables, scripts and any other component type are refused.
 */
class FormCheck implements ResourceCheck {

    static final Set<String> COMPONENT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
            "radio", "checkbox", "checklist", "taglist", "group", "text", "spacer", "separator");
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[A-Za-z!?]");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean handles(String resourceName) {
        return resourceName.toLowerCase(Locale.ROOT).endsWith(".form");
    }

    @Override
    public List<Refusal> check(String resource, byte[] content) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (IOException e) {
            form = null;
        }
        if (form == null || !form.isObject()) {
            return List.of(new Refusal(resource, null, null, "geen geldig formulier (Camunda Forms, JSON)"));
        }
        List<Refusal> refusals = new ArrayList<>();
        components(resource, form, refusals);
        return refusals;
    }

    private void components(String resource, JsonNode container, List<Refusal> refusals) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            if (!COMPONENT_TYPES.contains(type)) {
                refusals.add(refusal(resource, component, "het formulieronderdeel '" + Refusal.shorten(type, 30)
                        + "' is niet toegestaan; toegestaan: " + String.join(", ", COMPONENT_TYPES.stream().sorted().toList())));
            } else if (type.equals("text")) {
                String text = component.path("text").asText();
                if (text.contains("{{") || text.strip().startsWith("=")) {
                    refusals.add(refusal(resource, component, "een tekstblok toont alleen vaste tekst, geen ingevulde waarden"
                            + " ({{...}} of =...); toon waarden in een alleen-lezen veld (textfield of textarea met disabled)"));
                } else if (HTML.matcher(text).find()) {
                    refusals.add(refusal(resource, component, "een tekstblok mag geen HTML bevatten"));
                }
            }
            components(resource, component, refusals);
        }
    }

    private static Refusal refusal(String resource, JsonNode component, String reason) {
        String label = component.path("label").asText(component.path("key").asText(null));
        return new Refusal(resource, component.path("id").asText(null), label, reason);
    }
}
