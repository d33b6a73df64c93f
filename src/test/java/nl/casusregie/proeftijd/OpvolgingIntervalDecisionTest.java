package nl.casusregie.proeftijd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One row per rule of dmn/opvolging-interval.dmn (hit policy FIRST), through the engine's decision
 * service, checking which rule matched (the pattern of casus.DecisionTestSupport, which is that
 * package's own).
 */
@CasusregieTest
class OpvolgingIntervalDecisionTest {

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "{3}: {0}, risico {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "CONTACTVERBOD,           HOOG,   P14D, Rule_VerbodHoogRisico",
            "GEBIEDSVERBOD,           HOOG,   P14D, Rule_VerbodHoogRisico",
            "CONTACTVERBOD,           LAAG,   P1M,  Rule_Verbod",
            "GEBIEDSVERBOD,           MIDDEN, P1M,  Rule_Verbod",
            "MEEWERKEN_HULPVERLENING, HOOG,   P1M,  Rule_HoogRisico",
            "BEHANDELING,             HOOG,   P1M,  Rule_HoogRisico",
            "ANDERS,                  HOOG,   P1M,  Rule_HoogRisico",
            "BEHANDELING,             MIDDEN, P1M,  Rule_BehandelingMiddenRisico",
            "MEEWERKEN_HULPVERLENING, MIDDEN, P2M,  Rule_HulpverleningMiddenRisico",
            "ANDERS,                  MIDDEN, P2M,  Rule_HulpverleningMiddenRisico",
            "MEEWERKEN_HULPVERLENING, LAAG,   P3M,  Rule_LaagRisico",
            "BEHANDELING,             LAAG,   P3M,  Rule_LaagRisico",
            "ANDERS,                  LAAG,   P3M,  Rule_LaagRisico",
            "MEEWERKEN_HULPVERLENING, -,      P1M,  Rule_Onbekend",
            "ELEKTRONISCHE_ENKELBAND, LAAG,   P1M,  Rule_Onbekend",
    })
    void intervalPerRule(String voorwaardeSoort, String risico, String interval, String rule) {
        Date since = new Date(ClockUtil.getCurrentTime().getTime() - 1000);
        Set<String> earlier = new HashSet<>();
        historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("opvolging-interval").evaluatedAfter(since)
                .list().forEach(i -> earlier.add(i.getId()));

        String result = decisionService.evaluateDecisionByKey("opvolging-interval")
                .variables(Variables.createVariables().putValue("voorwaardeSoort", voorwaardeSoort).putValue("risico", risico))
                .evaluate().getSingleEntry();

        HistoricDecisionInstance instance = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("opvolging-interval").evaluatedAfter(since).includeOutputs().list().stream()
                .filter(i -> !earlier.contains(i.getId())).findFirst().orElseThrow();
        assertThat(instance.getOutputs()).extracting(o -> o.getRuleId()).containsExactly(rule);
        assertThat(result).isEqualTo(interval);
        assertThat(javax.xml.datatype.DatatypeFactory.newDefaultInstance().newDuration(result).getSign())
                .as("a period a timer can wait").isPositive();
    }
}
