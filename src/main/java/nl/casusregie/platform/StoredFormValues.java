package nl.casusregie.platform;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * A feature's contribution to the forms: values that a task's form shows but that live in the
 * project's tables, not in the engine (what people wrote in an earlier step, such as the
 * closing plan the procesregisseur approves), or the options a select offers. Keys are the
 * form's field keys (or a select's valuesKey); a String value is sent as text, any other value
 * (a list of {@code {label, value}}) as JSON.
 */
public interface StoredFormValues {

    Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId);

    /**
     * The values for this one task. Where one instance has several open tasks of one activity that
     * show different things (a check per condition of a probation, one of several runs of an event
     * subprocess open at once), a feature overrides this.
     */
    default Map<String, Object> forTask(Task task) {
        return forTask(task.getTaskDefinitionKey(), task.getProcessInstanceId());
    }
}
