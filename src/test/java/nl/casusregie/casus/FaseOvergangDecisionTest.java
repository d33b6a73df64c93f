package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One row per rule of dmn/fase-overgang.dmn (hit policy FIRST), with the boundaries that decide them. */
@CasusregieTest
class FaseOvergangDecisionTest {

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "{7}: fase={0} {1} zorgen={2} gemiddeld={3} spreiding={4} overleggen={5} -> {6}")
    @CsvSource(nullValues = "-", value = {
            "2, MDA++,    true,  2.0, 0, 1, TERUG,     Rule_NieuweZorgenTerug",
            "3, REGULIER, true,  9.0, 1, 4, TERUG,     Rule_NieuweZorgenTerug",
            "1, MDA++,    true,  2.0, 0, 1, BLIJVEN,   Rule_NieuweZorgenFase1",
            "2, MDA++,    false, -,   -, 1, BLIJVEN,   Rule_GeenScores",
            "1, MDA++,    false, 3.0, 4, 1, BLIJVEN,   Rule_GroteSpreiding",
            "1, REGULIER, false, 4.0, 3, 3, AFSLUITEN, Rule_RegulierOverdragen",
            "1, REGULIER, false, 4.0, 3, 2, VOLGENDE,  Rule_VolgendeFase",
            "2, MDA++,    false, 4.0, 3, 5, VOLGENDE,  Rule_VolgendeFase",
            "1, MDA++,    false, 4.5, 1, 1, BLIJVEN,   Rule_ZorgenBlijven",
            "2, REGULIER, false, 8.0, 2, 4, BLIJVEN,   Rule_ZorgenBlijven",
            "3, MDA++,    false, 7.0, 3, 6, AFSLUITEN, Rule_Fase3Afsluiten",
            "3, MDA++,    false, 6.9, 3, 6, BLIJVEN,   Rule_Fase3Blijven",
    })
    void advisesPerRule(int fase, String aanpak, boolean nieuweZorgen, Double gemiddelde, Integer spreiding,
                        int overleggen, String overgang, String rule) {
        var outcome = DecisionTestSupport.evaluate(decisionService, historyService, "fase-overgang",
                Variables.createVariables()
                        .putValue("fase", fase)
                        .putValue("aanpak", aanpak)
                        .putValue("nieuweZorgen", nieuweZorgen)
                        .putValue("gemiddeldeScore", gemiddelde)
                        .putValue("scoreSpreiding", spreiding)
                        .putValue("aantalOverleggen", overleggen));

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.outputs()).containsEntry("overgang", overgang);
    }
}
