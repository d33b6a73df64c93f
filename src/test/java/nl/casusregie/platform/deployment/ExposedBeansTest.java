package nl.casusregie.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class ExposedBeansTest {

    static class OwnDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    static class OwnExecutionListener implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    static class OwnTaskListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
        }
    }

    /** Like CurrentUser or a repository: a bean of the project that is no delegate. */
    static class OwnService {
    }

    private static GenericApplicationContext context() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean("ownDelegate", OwnDelegate.class);
        context.registerBean("ownExecutionListener", OwnExecutionListener.class);
        context.registerBean("voorbereidingVastleggen", OwnTaskListener.class);
        context.registerBean("ownService", OwnService.class);
        context.refresh();
        return context;
    }

    @Test
    @DisplayName("delegates and listeners of the project's packages are exposed by name, found by type")
    void delegatesAndListenersByType() {
        try (var context = context()) {
            ExposedBeans exposed = new ExposedBeans(context.getBeanFactory(), List.of("nl.casusregie"));

            assertThat(exposed.names()).containsExactly("ownDelegate", "ownExecutionListener", "voorbereidingVastleggen");
            assertThat(exposed.get("voorbereidingVastleggen")).isInstanceOf(OwnTaskListener.class);
            assertThat(exposed.containsKey("ownService")).isFalse();
            assertThat(exposed.get("ownService")).isNull();
        }
    }

    @Test
    @DisplayName("a delegate outside the project's packages is not exposed")
    void otherPackagesStayOut() {
        try (var context = context()) {
            ExposedBeans exposed = new ExposedBeans(context.getBeanFactory(), List.of("nl.casusregie.casus"));

            assertThat(exposed.names()).isEmpty();
            assertThat(exposed.containsKey("ownDelegate")).isFalse();
        }
    }
}
