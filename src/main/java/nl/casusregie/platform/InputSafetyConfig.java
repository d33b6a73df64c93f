package nl.casusregie.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Bad input is refused at the door, in Dutch, and logged as what it is: request bodies have a
 * size limit, paging parameters a range, and the engine's REST API answers refusals, other
 * houses' data and faults through {@link OngeldigeInvoerMapper} (registered in every Jersey
 * application by {@link EngineRestMappersDiscoverable}).
 */
@Configuration
@EnableConfigurationProperties(BodySizeLimits.class)
public class InputSafetyConfig {

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
