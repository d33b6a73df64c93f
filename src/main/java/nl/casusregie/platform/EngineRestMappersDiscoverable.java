package nl.casusregie.platform;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link OngeldigeInvoerMapper}'s mappers in every Jersey application: /engine-rest
 * (a Spring bean) and the web apps' own copy of the engine's REST API at /camunda/api/engine,
 * which Tasklist submits forms through and which the servlet container creates from a class
 * name, out of Spring's reach. Listed in META-INF/services for Jersey to find.
 */
public class EngineRestMappersDiscoverable implements ForcedAutoDiscoverable {

    private static final List<Class<?>> MAPPERS = List.of(OngeldigeInvoerMapper.ForRestException.class,
            OngeldigeInvoerMapper.ForProcessEngineException.class, OngeldigeInvoerMapper.ForThrowable.class);

    @Override
    public void configure(FeatureContext context) {
        MAPPERS.stream().filter(mapper -> !context.getConfiguration().isRegistered(mapper))
                .forEach(mapper -> context.register(mapper, OngeldigeInvoerMapper.PRIORITY));
    }
}
