package nl.casusregie.platform;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for what people wrote about a household: of the variables, only the
 * routing facts (an allow-list, {@link RoutingFacts}) reach the engine's history tables, and
 * submitted form fields never do. What people wrote is stored in the project's own tables
 * (with the house, the audit log and their own retention); Cockpit keeps the routing facts,
 * decisions, tasks and timings.
 */
public class PersonalDataHistoryLevel implements HistoryLevel {

    public static final String NAME = "full-zonder-persoonsgegevens";

    private final HistoryLevel full = HistoryLevel.HISTORY_LEVEL_FULL;
    private final RoutingFacts routingFacts;

    public PersonalDataHistoryLevel(RoutingFacts routingFacts) {
        this.routingFacts = routingFacts;
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
        if (entity instanceof VariableInstance variable && !routingFacts.contains(variable.getName())) {
            return false;
        }
        return full.isHistoryEventProduced(eventType, entity);
    }
}
