package nl.casusregie.platform;

import java.util.Map;

/**
 * A feature's contribution to the forms: values that a task's form shows but that live in the
 * project's tables, not in the engine (what people wrote in an earlier step, such as the
 * closing plan the procesregisseur approves). Keys are the form's field keys.
 */
public interface StoredFormValues {

    Map<String, Object> forTask(String taskDefinitionKey, String processInstanceId);
}
