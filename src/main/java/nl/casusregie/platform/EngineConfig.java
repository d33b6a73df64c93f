package nl.casusregie.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EngineConfig {

    /** Houses as tenants: see {@link HouseTenantIdProvider}. */
    @Bean
    ProcessEnginePlugin houseTenancy() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(new HouseTenantIdProvider(configuration.getIdentityService()));
            }
        };
    }

    /** What the engine may hold: the routing facts that the features' backing classes declare. */
    @Bean
    RoutingFacts routingFacts(List<ProcessBacking> processes) {
        return new RoutingFacts(processes);
    }

    @Bean
    PersonalDataHistoryLevel personalDataHistoryLevel(RoutingFacts routingFacts) {
        return new PersonalDataHistoryLevel(routingFacts);
    }

    /** History without personal texts (history-level in application.yaml): see {@link PersonalDataHistoryLevel}. */
    @Bean
    ProcessEnginePlugin personalDataOutOfHistory(PersonalDataHistoryLevel level) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setCustomHistoryLevels(List.of(level));
            }
        };
    }

    /**
     * Users start processes only at their start events ({@link InstanceStartGuard}, a built-in
     * listener of every process, which skipCustomListeners cannot skip), and write comments
     * only on tasks they may work ({@link TaskNotesGuard}).
     */
    @Bean
    ProcessEnginePlugin builtInGuards() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners().add(new InstanceStartGuard(configuration.getIdentityService()));
                if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
                    configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
                }
                configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskNotesGuard(
                        configuration.getIdentityService(), configuration.getAuthorizationService()));
            }
        };
    }
}
