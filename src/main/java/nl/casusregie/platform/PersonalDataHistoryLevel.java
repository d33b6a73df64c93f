package nl.casusregie.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for what people wrote about a household: personal variables and
 * submitted form fields never reach the engine's history tables. Those texts are stored in
 * the project's own tables (with the house, the audit log and their own retention);
 * Cockpit keeps the routing facts, decisions, tasks and timings.
 */
public class PersonalDataHistoryLevel implements HistoryLevel {

    public static final String NAME = "full-zonder-persoonsgegevens";

    private final HistoryLevel full = HistoryLevel.HISTORY_LEVEL_FULL;
    private final Set<String> personal;

    /** Collects the personal variables and form rows of the backing classes and every field of the given form records. */
    public PersonalDataHistoryLevel(Set<Class<?>> backingClasses, Set<Class<? extends Record>> formRecords) {
        Set<String> names = new HashSet<>();
        for (Class<?> backing : backingClasses) {
            for (Field field : backing.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    Object value = field.get(null);
                    if (value instanceof Variable<?> variable && variable.personal()) {
                        names.add(variable.name());
                    } else if (value instanceof FormRows rows) {
                        names.addAll(rows.names());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (Class<? extends Record> form : formRecords) {
            Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
        }
        this.personal = Set.copyOf(names);
    }

    public Set<String> personalVariables() {
        return personal;
    }

    @Override
    public int getId() {
        return 30;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (entity instanceof VariableInstance variable && personal.contains(variable.getName())) {
            return false;
        }
        return full.isHistoryEventProduced(eventType, entity);
    }
}
