package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One row per rule of dmn/fase-overgang.dmn (hit policy FIRST), with the boundaries that decide them. */
@CasusregieTest
class FaseOvergangDecisionTest {

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "{10}: fase={0} {1} bodemeis={2} zorgen={3} gemiddeld={4} spreiding={5} hoogsteZorg={6} overleggen={7} -> {8} fase {9}")
    @CsvSource(nullValues = "-", value = {
            // A broken minimum condition goes back to phase 1 from any phase, before new worries
            "2, MDA++,    true,  false, 2.0, 1, 3, 2, TERUG,     1, Rule_BodemeisGeschonden",
            "3, REGULIER, true,  true,  8.0, 1, 7, 4, TERUG,     1, Rule_BodemeisGeschonden",
            "1, MDA++,    true,  true,  2.0, 0, 2, 1, BLIJVEN,   1, Rule_BodemeisFase1",
            // New worries: one phase back
            "2, MDA++,    false, true,  2.0, 0, 3, 1, TERUG,     1, Rule_NieuweZorgenTerug",
            "3, REGULIER, false, true,  9.0, 1, 8, 4, TERUG,     2, Rule_NieuweZorgenTerug",
            "3, MDA++,    -,     true,  9.0, 1, 8, 4, TERUG,     2, Rule_NieuweZorgenTerug",
            "1, MDA++,    -,     true,  2.0, 0, 2, 1, BLIJVEN,   1, Rule_NieuweZorgenFase1",
            // No scores, or participants far apart
            "2, MDA++,    false, false, -,   -, -, 1, BLIJVEN,   2, Rule_GeenScores",
            "1, MDA++,    false, false, 3.0, 4, 5, 1, BLIJVEN,   1, Rule_GroteSpreiding",
            "3, MDA++,    false, false, 8.0, 4, 6, 5, BLIJVEN,   3, Rule_GroteSpreiding",
            // Phases 1-2: one participant's great worry outweighs a low mean (7/8 boundary)
            "1, MDA++,    false, false, 4.0, 3, 8, 2, BLIJVEN,   1, Rule_EenDeelnemerGroteZorg",
            "2, MDA++,    false, false, 5.5, 3, 10, 3, BLIJVEN,  2, Rule_EenDeelnemerGroteZorg",
            "2, MDA++,    false, false, 4.0, 3, 7, 5, VOLGENDE,  3, Rule_VolgendeFase",
            // Phases 1-2: the mean decides (4/5 boundary); a regular case is never advised to close here
            "1, REGULIER, false, false, 4.0, 3, 5, 3, VOLGENDE,  2, Rule_VolgendeFase",
            "1, REGULIER, false, false, 2.0, 1, 3, 9, VOLGENDE,  2, Rule_VolgendeFase",
            "1, MDA++,    false, false, 4.5, 1, 5, 1, BLIJVEN,   1, Rule_ZorgenBlijven",
            "2, REGULIER, false, false, 5.0, 2, 6, 4, BLIJVEN,   2, Rule_ZorgenBlijven",
            // Phase 3 measures quality of life: low is the worry (4/5 boundary), then the mean (6.9/7)
            "3, MDA++,    false, false, 7.0, 3, 4, 6, BLIJVEN,   3, Rule_Fase3LageKwaliteit",
            "3, MDA++,    false, false, 7.0, 2, 5, 6, AFSLUITEN, 3, Rule_Fase3Afsluiten",
            "3, REGULIER, false, false, 8.0, 2, -, 2, AFSLUITEN, 3, Rule_Fase3Afsluiten",
            "3, MDA++,    false, false, 6.9, 3, 5, 6, BLIJVEN,   3, Rule_Fase3Blijven",
            // The direction flips: a high score in phase 3 is good, a low one in phase 1 is no phase-3 worry
            "3, MDA++,    false, false, 9.5, 1, 9, 6, AFSLUITEN, 3, Rule_Fase3Afsluiten",
            "1, MDA++,    false, false, 2.0, 1, 2, 1, VOLGENDE,  2, Rule_VolgendeFase",
            // A round that ended without the newer facts (null): rules with '-' still match
            "2, MDA++,    -,     -,     3.0, 2, -, 2, VOLGENDE,  3, Rule_VolgendeFase",
    })
    void advisesPerRule(int fase, String aanpak, Boolean bodemeis, Boolean nieuweZorgen, Double gemiddelde,
                        Integer spreiding, Integer hoogsteZorg, int overleggen, String overgang, int naarFase,
                        String rule) {
        var outcome = DecisionTestSupport.evaluate(decisionService, historyService, "fase-overgang",
                inputs(fase, aanpak, bodemeis, nieuweZorgen, gemiddelde, spreiding, hoogsteZorg, overleggen));

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.outputs()).containsEntry("overgang", overgang).containsEntry("naarFase", naarFase);
        assertThat((String) outcome.outputs().get("reden")).isNotBlank();
    }

    @Test
    @DisplayName("a broken minimum condition gives the reason the chair reads")
    void brokenMinimumConditionReason() {
        var outcome = DecisionTestSupport.evaluate(decisionService, historyService, "fase-overgang",
                inputs(3, "MDA++", true, false, 9.0, 1, 9, 5));

        assertThat(outcome.outputs()).containsEntry("reden",
                "Een bodemeis is geschonden: terug naar directe veiligheid (fase 1).");
    }

    @Test
    @DisplayName("every situation gets an advice that leads to a phase 1-3, and only phase 3 is advised to close")
    void closesOnlyFromPhase3() throws IOException {
        // Many combinations: evaluated on a DMN engine of its own, so no evaluation is written to history.
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision decision;
        try (InputStream model = Files.newInputStream(Path.of("dmn/fase-overgang.dmn"))) {
            decision = dmn.parseDecision("fase-overgang", model);
        }
        List<String> gaps = new ArrayList<>();
        for (int fase = 1; fase <= 3; fase++) {
            for (String aanpak : List.of("MDA++", "REGULIER")) {
                for (Boolean bodemeis : Arrays.asList(null, true)) {
                    for (Boolean zorgen : Arrays.asList(false, true)) {
                        for (Double gemiddelde : Arrays.asList(null, 1.0, 4.5, 7.0, 10.0)) {
                            for (Integer spreiding : Arrays.asList(null, 4)) {
                                for (Integer hoogste : Arrays.asList(null, 4, 8)) {
                                    var inputs = inputs(fase, aanpak, bodemeis, zorgen, gemiddelde, spreiding, hoogste, 12);
                                    List<Map<String, Object>> advies = dmn.evaluateDecisionTable(decision, inputs).getResultList();
                                    if (advies.size() != 1) {
                                        gaps.add(advies.size() + " advices for " + inputs);
                                        continue;
                                    }
                                    Object naar = advies.get(0).get("naarFase");
                                    if (!(naar instanceof Integer n) || n < 1 || n > 3) {
                                        gaps.add("phase " + naar + " for " + inputs);
                                    }
                                    if ("AFSLUITEN".equals(advies.get(0).get("overgang")) && fase != 3) {
                                        gaps.add("closing advised for " + inputs);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(gaps).isEmpty();
    }

    private static VariableMap inputs(int fase, String aanpak, Boolean bodemeis,
            Boolean nieuweZorgen, Double gemiddelde, Integer spreiding, Integer hoogsteZorg, int overleggen) {
        return Variables.createVariables()
                .putValue("fase", fase)
                .putValue("aanpak", aanpak)
                .putValue("bodemeisGeschonden", bodemeis)
                .putValue("nieuweZorgen", nieuweZorgen)
                .putValue("gemiddeldeScore", gemiddelde)
                .putValue("scoreSpreiding", spreiding)
                .putValue("hoogsteZorg", hoogsteZorg)
                .putValue("aantalOverleggen", overleggen);
    }
}
