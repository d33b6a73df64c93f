package nl.casusregie.platform.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One thing in a deployment that the guard refuses: the file, the element (id and name, where
 * there is one) and why, in Dutch. It is a {@link Problem} of the engine's parse report, so the
 * REST API lists it under the file in its 400 answer, as Modeler shows parse errors.
 */
public record Refusal(String resource, String elementId, String elementName, String reason) implements Problem {

    private static final int MAX_NAME = 60;

    /** "zvh-casus.bpmn, ServiceTask_X (Naam): reden", on one line. */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(resource);
        if (elementId != null && !elementId.isBlank()) {
            message.append(", ").append(elementId);
            if (elementName != null && !elementName.isBlank()) {
                message.append(" (").append(shorten(elementName, MAX_NAME)).append(')');
            }
        }
        return oneLine(message.append(": ").append(reason).toString());
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getColumn() {
        return 0;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }

    /** Log lines and messages stay on one line, whatever a model contains. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Quotes a piece of a model in a message, shortened so a message stays readable. */
    static String shorten(String text, int max) {
        String line = oneLine(text);
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
