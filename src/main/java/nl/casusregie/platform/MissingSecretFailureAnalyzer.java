package nl.casusregie.platform;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Spring Boot's start-up failure report for a missing secret: which variable, and what to do. */
public class MissingSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretException cause) {
        String description = cause.missing().stream()
                .map(secret -> "    " + secret.variable() + ": " + secret.purpose())
                .collect(Collectors.joining("\n", "Required secrets are missing or blank, so the application does not start:\n", ""));
        String action = "Set " + cause.missing().stream().map(RequiredSecret::variable).collect(Collectors.joining(" and "))
                + " in the environment and start again. Only the demo profile (CASUSREGIE_PROFILES=demo) runs"
                + " without them, with known passwords that are never for production.";
        return new FailureAnalysis(description, action, cause);
    }
}
