package nl.casusregie.instroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every complete report meets a rule of dmn/instroom-route.dmn, so the application's caller never
 * finds the table silent for facts it accepted. All 768 combinations are evaluated by the engine's
 * own DMN engine in memory (the rule-by-rule tests go through the decision service).
 */
class InstroomRouteVolledigheidTest {

    @Test
    @DisplayName("every complete report, whatever its facts, trigger and region, gets exactly one route the Java enum knows")
    void everyCompleteReportHasARoute() throws IOException {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision decision;
        try (InputStream in = new FileInputStream("dmn/instroom-route.dmn")) {
            decision = engine.parseDecision(InstroomAdvies.BESLISSING, in);
        }
        List<Regio> regios = new ArrayList<>(Arrays.asList(Regio.values()));
        regios.add(null);
        Set<Instroomroute> gezien = EnumSet.noneOf(Instroomroute.class);
        for (SoortMelding soort : SoortMelding.values()) {
            for (Regio regio : regios) {
                for (int feiten = 0; feiten < 1 << 6; feiten++) {
                    Meldingsfeiten melding = new Meldingsfeiten(soort, bit(feiten, 0), bit(feiten, 1), bit(feiten, 2),
                            bit(feiten, 3), bit(feiten, 4), regio, bit(feiten, 5));
                    DmnDecisionResult result = engine.evaluateDecision(decision, melding.alsInvoer());
                    assertThat(result).as("%s", melding).hasSize(1);
                    String route = result.getSingleResult().getEntry("route");
                    assertThat(Instroomroute.of(route)).as("route %s for %s", route, melding).isPresent();
                    assertThat(result.getSingleResult().<String>getEntry("reden")).isNotBlank();
                    gezien.add(Instroomroute.valueOf(route));
                }
            }
        }
        assertThat(gezien).as("every route is reachable").containsExactlyInAnyOrder(Instroomroute.values());
    }

    private static boolean bit(int feiten, int n) {
        return (feiten & 1 << n) != 0;
    }
}
