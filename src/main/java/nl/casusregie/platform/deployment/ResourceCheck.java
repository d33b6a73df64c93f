package nl.casusregie.platform.deployment;

import java.util.List;

/** The guard's check of one kind of resource (BPMN, DMN, form). */
interface ResourceCheck {

    /** Whether this check is for the resource with this name (by its extension). */
    boolean handles(String resourceName);

    /** What this resource holds that the guard refuses; empty when it may be deployed. */
    List<Refusal> check(String resourceName, byte[] content);
}
