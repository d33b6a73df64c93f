package nl.casusregie.platform;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name and Java type in one place, used by delegates,
 * controllers and tests alike, so no variable name is a loose string.
 * A routing fact (ids, decisions, phase, advice) is what the engine may keep: gateways and
 * decision tables need it, and Cockpit shows it. Everything else is input: what people
 * wrote, read once by the step that stores it in the project's tables, then removed from
 * the instance and never written to the engine's history (see {@link RoutingFacts}).
 * Reading converts the number types that forms and REST clients send interchangeably.
 */
public record Variable<T>(String name, Class<T> type, boolean routing) {

    public static <T> Variable<T> routing(String name, Class<T> type) {
        return new Variable<>(name, type, true);
    }

    public static <T> Variable<T> input(String name, Class<T> type) {
        return new Variable<>(name, type, false);
    }

    public T from(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    public boolean isSetOn(VariableScope scope) {
        return scope.getVariable(name) != null;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    private T convert(Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            if (type == Integer.class) {
                return type.cast(number.intValue());
            }
            if (type == Long.class) {
                return type.cast(number.longValue());
            }
            if (type == Double.class) {
                return type.cast(number.doubleValue());
            }
        }
        if (type == String.class && !(value instanceof Date)) {
            return type.cast(value.toString());
        }
        throw new IllegalArgumentException("Variabele '" + name + "' heeft type " + value.getClass().getSimpleName()
                + ", verwacht " + type.getSimpleName());
    }
}
