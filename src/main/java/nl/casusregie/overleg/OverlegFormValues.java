package nl.casusregie.overleg;

import java.util.HashMap;
import java.util.Map;
import nl.casusregie.platform.StoredFormValues;
import org.springframework.stereotype.Component;

/** The chair's form shows what the clients want discussed, from the round's stored preparation. */
@Component
class OverlegFormValues implements StoredFormValues {

    private final OverlegRepository overleggen;

    OverlegFormValues(OverlegRepository overleggen) {
        this.overleggen = overleggen;
    }

    @Override
    public Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId) {
        Map<String, Object> values = new HashMap<>();
        if (Focusoverleg.Element.VASTLEGGEN.equals(taskDefinitionKey)) {
            overleggen.voorbereiding(processInstanceId)
                    .ifPresent(v -> values.put(Focusoverleg.WENSEN_CLIENTEN.name(), v.wensenClienten()));
        }
        return values;
    }
}
