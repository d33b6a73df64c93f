package nl.casusregie.platform;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A secret the application cannot run without: the environment variable an operator sets, the
 * property that reads it, what it is for, and the profiles that need it.
 */
public record RequiredSecret(String variable, String property, String purpose, Profiles requiredIn) {

    /** Unset, blank, or a placeholder left unresolved (its own text would become the password). */
    boolean isMissingFrom(Environment environment) {
        try {
            String value = environment.getProperty(property);
            return value == null || value.isBlank();
        } catch (IllegalArgumentException unresolvablePlaceholder) {
            return true;
        }
    }
}
