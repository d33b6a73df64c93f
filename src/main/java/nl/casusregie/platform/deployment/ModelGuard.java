package nl.casusregie.platform.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's first deployer: every new deployment passes here before the engine parses it,
 * whether it comes from Modeler over the REST API, from the Java API or from
 * {@link nl.casusregie.platform.ModelDeployer}. Only BPMN, DMN and Camunda Forms of the kinds
 * the checks allow get through; anything else refuses the whole deployment.
 */
public class ModelGuard implements Deployer {

    static final String OTHER_FILES = "dit bestandstype is niet toegestaan; alleen .bpmn, .dmn en .form";

    private static final Logger log = LoggerFactory.getLogger(ModelGuard.class);

    private final List<ResourceCheck> checks;

    ModelGuard(List<ResourceCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The guard with its checks for BPMN, DMN and forms. */
    public static ModelGuard of(ExpressionCheck expressions) {
        return new ModelGuard(List.of(new BpmnCheck(expressions), new DmnCheck(expressions), new FormCheck()));
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // A deployment read back from the database (the engine's cache) was checked when it came in.
        if (!deployment.isNew()) {
            return;
        }
        Map<String, ResourceEntity> resources = Optional.ofNullable(deployment.getResources()).orElse(Map.of());
        List<Refusal> refusals = check(resources.values().stream()
                .sorted(Comparator.comparing(ResourceEntity::getName))
                .map(resource -> new Resource(resource.getName(), resource.getBytes()))
                .toList());
        if (!refusals.isEmpty()) {
            log.warn("Deployment '{}' van {} geweigerd: {}", Refusal.oneLine(String.valueOf(deployment.getName())), user(),
                    refusals.stream().map(Refusal::getMessage).collect(Collectors.joining("; ")));
            throw new ModelRefusedException(refusals);
        }
    }

    /** What the guard refuses in these files; empty when all may be deployed. */
    public List<Refusal> check(List<Resource> resources) {
        List<Refusal> refusals = new ArrayList<>();
        for (Resource resource : resources) {
            checks.stream().filter(check -> check.handles(resource.name())).findFirst().ifPresentOrElse(
                    check -> refusals.addAll(check.check(resource.name(), resource.content())),
                    () -> refusals.add(new Refusal(resource.name(), null, null, OTHER_FILES)));
        }
        return refusals;
    }

    private static String user() {
        CommandContext context = Context.getCommandContext();
        String user = context != null ? context.getAuthenticatedUserId() : null;
        return user != null ? user : "de applicatie";
    }

    /** A file of a deployment: its name and content. */
    public record Resource(String name, byte[] content) {
    }
}
