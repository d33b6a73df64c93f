package nl.casusregie.casus;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Evaluates a decision through the engine's decision service and reports which rule matched. */
final class DecisionTestSupport {

    record Outcome(Map<String, Object> outputs, String ruleId) {
    }

    static Outcome evaluate(DecisionService decisions, HistoryService history, String key, VariableMap inputs) {
        var result = decisions.evaluateDecisionByKey(key).variables(inputs).evaluate();
        HistoricDecisionInstance instance = history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(key).includeOutputs()
                .orderByEvaluationTime().desc().listPage(0, 1).get(0);
        String ruleId = instance.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
                .findFirst().orElse(null);
        return new Outcome(result.getSingleResult().getEntryMap(), ruleId);
    }

    private DecisionTestSupport() {
    }
}
