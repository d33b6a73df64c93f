package nl.casusregie.platform.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Deploying a model is not running code: expressions reach only the project's delegates and
 * listeners ({@link ExposedBeans}), and every deployment passes the {@link ModelGuard}.
 */
@Configuration
public class DeploymentGuardConfig {

    @Bean
    ProcessEnginePlugin deploymentGuard(ApplicationContext context, ConfigurableListableBeanFactory beanFactory) {
        // The project's own packages: those of the @SpringBootApplication class.
        ExposedBeans exposed = new ExposedBeans(beanFactory, AutoConfigurationPackages.get(beanFactory));
        ExpressionCheck expressions = new ExpressionCheck(exposed::names, beanFactory::containsBean);
        return new GuardPlugin(context, exposed, ModelGuard.of(expressions));
    }

    @Bean
    RefusalLogFilter refusalLogFilter() {
        return new RefusalLogFilter();
    }

    /** Runs first, before any other plugin could use the expression manager. */
    static class GuardPlugin extends AbstractProcessEnginePlugin implements Ordered {

        private final ApplicationContext context;
        private final ExposedBeans exposed;
        private final ModelGuard guard;

        GuardPlugin(ApplicationContext context, ExposedBeans exposed, ModelGuard guard) {
            this.context = context;
            this.exposed = exposed;
            this.guard = guard;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setBeans(exposed);
            // Spring's ProcessEngineFactoryBean has already made an expression manager over the whole
            // application context (it reads the beans map before plugins run), so replace it; the
            // engine adds its functions (currentUser(), dateTime(), ...) to this one during init.
            configuration.setExpressionManager(new SpringExpressionManager(context, exposed));
            List<Deployer> deployers = new ArrayList<>();
            deployers.add(guard);
            if (configuration.getCustomPreDeployers() != null) {
                deployers.addAll(configuration.getCustomPreDeployers());
            }
            configuration.setCustomPreDeployers(deployers);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
