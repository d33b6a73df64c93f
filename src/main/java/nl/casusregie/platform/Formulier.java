package nl.casusregie.platform;

import java.util.Map;

/**
 * Which Camunda Form a record of input comes from, and which of its lists the form shows as
 * rows (the list "leden" as the rows lid1..lid8). Features declare one as a bean for each
 * record they validate, so refusals name the record's fields with the form's labels.
 */
public record Formulier(Class<?> invoer, String formId, Map<String, FormRows> lijsten) {
}
