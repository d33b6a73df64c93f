package nl.casusregie.platform.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment the guard refuses. It is the engine's parse exception, so the engine's REST
 * API answers 400 with the Dutch message and a report per file (as Modeler shows parse
 * errors), and the deployment's transaction is rolled back: nothing of it is deployed.
 */
public class ModelRefusedException extends ParseException {

    private final transient List<Refusal> refusals;

    public ModelRefusedException(List<Refusal> refusals) {
        this(byResource(refusals), refusals);
    }

    private ModelRefusedException(Map<String, List<Problem>> byResource, List<Refusal> refusals) {
        super(message(refusals), byResource.keySet().iterator().next(),
                byResource.values().iterator().next(), List.of());
        byResource.entrySet().stream().skip(1)
                .forEach(entry -> resorceReports.add(new Report(entry.getKey(), entry.getValue())));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    private static String message(List<Refusal> refusals) {
        return "Het model is geweigerd; er is niets gedeployd. "
                + refusals.stream().map(Refusal::getMessage).collect(Collectors.joining("; "));
    }

    private static Map<String, List<Problem>> byResource(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        Map<String, List<Problem>> result = new LinkedHashMap<>();
        refusals.forEach(refusal -> result.computeIfAbsent(refusal.resource(), r -> new ArrayList<>()).add(refusal));
        return result;
    }

    private record Report(String resourceName, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resourceName;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }
}
