package nl.casusregie.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.casusregie.CasusregieTest;
import nl.casusregie.casus.CasusAfsluitenDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an expression of a running model can reach: the engine's expression manager as configured. */
@CasusregieTest
class ExpressionManagerTest {

    @Autowired ProcessEngine engine;

    private Object evaluate(String expression) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var manager = (JuelExpressionManager) configuration.getExpressionManager();
        var context = manager.createElContext(Variables.createVariables().putValue("aanpak", "MDA++").asVariableContext());
        return manager.createValueExpression(expression).getValue(context);
    }

    @ParameterizedTest(name = "{0} does not resolve")
    @ValueSource(strings = {"${identityService}", "${runtimeService}", "${processEngine}", "${casusRepository}",
            "${huishoudenRepository}", "${casusService}", "${currentUser}", "${dataSource}"})
    @DisplayName("engine services and the application's other beans do not resolve in expressions")
    void otherBeansDoNotResolve(String expression) {
        assertThatThrownBy(() -> evaluate(expression)).isInstanceOf(PropertyNotFoundException.class);
    }

    @Test
    @DisplayName("the project's delegates resolve by name, variables as before")
    void delegatesAndVariablesResolve() {
        assertThat(evaluate("${casusAfsluiten}")).isInstanceOf(CasusAfsluitenDelegate.class);
        assertThat(evaluate("${aanpak == 'MDA++'}")).isEqualTo(true);
    }
}
