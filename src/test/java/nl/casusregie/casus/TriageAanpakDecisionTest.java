package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One row per rule of dmn/triage-aanpak.dmn (hit policy FIRST), with the boundary that decides it. */
@CasusregieTest
class TriageAanpakDecisionTest {

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "{7}: hoofdreden={0} jaren={1} leefgebieden={2} kinderen={3} acuut={4} -> {5} {6}")
    @CsvSource(nullValues = "-", value = {
            "true,  2, 3, false, false, MDA++,         -,            Rule_MdaPlusPlus",
            "true, 10, 8, true,  true,  MDA++,         -,            Rule_MdaPlusPlus",
            "true,  1, 3, false, true,  REGULIER,      -,            Rule_AcuutGevaar",
            "false, 0, 0, false, true,  REGULIER,      -,            Rule_AcuutGevaar",
            "true,  2, 2, false, false, REGULIER,      -,            Rule_MeerdereProblemen",
            "false, 5, 5, true,  false, REGULIER,      -,            Rule_MeerdereProblemen",
            "true,  1, 1, true,  false, NIET_OPPAKKEN, VEILIG_THUIS, Rule_KinderenVeiligThuis",
            "false, 0, 1, false, false, NIET_OPPAKKEN, LOKAAL_TEAM,  Rule_LokaalTeam",
            "true,  9, 0, false, false, NIET_OPPAKKEN, LOKAAL_TEAM,  Rule_LokaalTeam",
    })
    void advisesPerRule(boolean hoofdreden, int jaren, int leefgebieden, boolean kinderen, boolean acuut,
                        String aanpak, String verwijzing, String rule) {
        var outcome = DecisionTestSupport.evaluate(decisionService, historyService, "triage-aanpak",
                Variables.createVariables()
                        .putValue("geweldHoofdreden", hoofdreden)
                        .putValue("patroonJaren", jaren)
                        .putValue("aantalLeefgebieden", leefgebieden)
                        .putValue("kinderenBetrokken", kinderen)
                        .putValue("acuutGevaar", acuut));

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.outputs()).containsEntry("aanpak", aanpak);
        assertThat(outcome.outputs().get("verwijzing")).isEqualTo(verwijzing);
        assertThat((String) outcome.outputs().get("reden")).isNotBlank();
    }
}
