package nl.casusregie.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Bad input is refused at the door, in Dutch, and logged as what it is: request bodies have a
 * size limit, paging parameters a range, and the engine's REST API answers refusals, other
 * houses' data and faults through {@link OngeldigeInvoerMapper}.
 */
@Configuration
@EnableConfigurationProperties(BodySizeLimits.class)
public class InputSafetyConfig {

    /** The web apps' own copy of the engine's REST API (Tasklist submits forms through it). */
    private static final String WEBAPP_ENGINE_API = "Engine Api";

    private static final Class<?>[] MAPPERS = {OngeldigeInvoerMapper.ForRestException.class,
            OngeldigeInvoerMapper.ForProcessEngineException.class, OngeldigeInvoerMapper.ForThrowable.class};

    @Bean
    Refusals refusals(ObjectMapper objectMapper) {
        return new Refusals(objectMapper);
    }

    /** First of all filters, so nothing reads a body over the limit. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(BodySizeLimits limits, Refusals refusals) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limits, refusals));
        registration.setName("body-size-limit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<PagingParameterFilter> pagingParameters(Refusals refusals) {
        FilterRegistrationBean<PagingParameterFilter> registration =
                new FilterRegistrationBean<>(new PagingParameterFilter(refusals));
        registration.setName("paging-parameters");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
        return registration;
    }

    /** /engine-rest: Camunda's Jersey application is a Spring bean, customised like any other. */
    @Bean
    ResourceConfigCustomizer engineRestRefusals() {
        return config -> Stream.of(MAPPERS).forEach(mapper -> config.register(mapper, OngeldigeInvoerMapper.PRIORITY));
    }

    /** The web apps' engine API is created by the servlet container: it takes the mappers by name. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServletContextInitializer webappEngineApiRefusals() {
        return servletContext -> {
            ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
            if (engineApi != null) {
                engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
                        Stream.of(MAPPERS).map(Class::getName).collect(Collectors.joining(",")));
            }
        };
    }

    /**
     * The engine logs every exception leaving a command at ERROR with its stack trace
     * (ENGINE-16004), a user's refused form included. Refusals are logged where they are
     * answered (INFO, one line); faults by whoever answers them (ApiErrorHandler, the REST
     * mappers) and by the job executor, each with the stack trace.
     */
    @Bean
    ProcessEnginePlugin noCommandExceptionLogging() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableCmdExceptionLogging(false);
            }
        };
    }
}
