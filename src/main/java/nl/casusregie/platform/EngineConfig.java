package nl.casusregie.platform;

import java.util.List;
import java.util.Set;
import nl.casusregie.aanmelding.AanmeldingRequest;
import nl.casusregie.casus.ZvhCasus;
import nl.casusregie.overleg.Focusoverleg;
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

    @Bean
    PersonalDataHistoryLevel personalDataHistoryLevel() {
        return new PersonalDataHistoryLevel(Set.of(ZvhCasus.class, Focusoverleg.class), Set.of(AanmeldingRequest.class));
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
}
