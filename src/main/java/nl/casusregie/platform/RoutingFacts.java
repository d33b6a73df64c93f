package nl.casusregie.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The allow-list of what the engine may hold of a case: the routing variables declared in the
 * backing classes. Anything else that a form or client submits is input; once a step has
 * stored it in the project's tables it leaves the instance, and it never reaches history.
 */
public class RoutingFacts {

    /** The engine's own counters of a multi-instance activity: it needs them until the last instance ends. */
    private static final Set<String> MULTI_INSTANCE = Set.of("nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances", "loopCounter");

    private final Set<String> names;

    public RoutingFacts(Collection<ProcessBacking> processes) {
        Set<String> declared = new HashSet<>(MULTI_INSTANCE);
        for (ProcessBacking process : processes) {
            for (Field field : process.backingClass().getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Variable.class) {
                    Variable<?> variable = read(field);
                    if (variable.routing()) {
                        declared.add(variable.name());
                    }
                }
            }
        }
        this.names = Set.copyOf(declared);
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** Removes every variable that is not a routing fact, in whichever scope it was set. */
    public void removeInput(VariableScope scope) {
        for (String name : Set.copyOf(scope.getVariableNames())) {
            if (!names.contains(name)) {
                scope.removeVariable(name);
            }
        }
    }

    private static Variable<?> read(Field field) {
        try {
            return (Variable<?>) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
