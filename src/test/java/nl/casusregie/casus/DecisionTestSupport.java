package nl.casusregie.casus;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;

/** Evaluates a decision through the engine's decision service and reports which rules matched; shared by the features' decision tests. */
public final class DecisionTestSupport {

    public record Outcome(Map<String, Object> outputs, String ruleId) {
    }

    /** A decision with hit policy COLLECT: every row in the table's rule order, with the rules that gave them. */
    public record Rows(List<Map<String, Object>> rows, List<String> ruleIds) {
    }

    /** A decision that gives one row (hit policy FIRST or UNIQUE). */
    public static Outcome evaluate(DecisionService decisions, HistoryService history, String key, VariableMap inputs) {
        Rows result = evaluateAll(decisions, history, key, inputs);
        if (result.rows().size() != 1) {
            throw new AssertionError("expected one row from " + key + ", got " + result.rows());
        }
        return new Outcome(result.rows().get(0), result.ruleIds().isEmpty() ? null : result.ruleIds().get(0));
    }

    public static Rows evaluateAll(DecisionService decisions, HistoryService history, String key, VariableMap inputs) {
        // This evaluation's history, told apart by id from the ones just before, not by a timestamp two may share.
        Date since = new Date(ClockUtil.getCurrentTime().getTime() - 1000);
        Set<String> earlier = new HashSet<>();
        history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).evaluatedAfter(since).list()
                .forEach(instance -> earlier.add(instance.getId()));
        var result = decisions.evaluateDecisionByKey(key).variables(inputs).evaluate();
        HistoricDecisionInstance instance = history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(key).evaluatedAfter(since).includeOutputs().list().stream()
                .filter(i -> !earlier.contains(i.getId()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one new evaluation of " + key);
                })
                .orElseThrow(() -> new AssertionError("no history of the evaluation of " + key));
        List<String> ruleIds = instance.getOutputs().stream()
                .sorted((a, b) -> Integer.compare(a.getRuleOrder(), b.getRuleOrder()))
                .map(HistoricDecisionOutputInstance::getRuleId).distinct().toList();
        return new Rows(result.getResultList(), ruleIds);
    }

    private DecisionTestSupport() {
    }
}
