package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * dmn/overleg-opzet.dmn (hit policy COLLECT): per situation the segments of the meeting in their
 * order, the warning, and the rules that gave them. Every rule appears in at least one row.
 */
@CasusregieTest
class OverlegOpzetDecisionTest {

    private static final String TE_VEEL = "Meer dan 8 deelnemers aan tafel: kies wie er bij dit overleg zit.";

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "cliënten={0} OM={1} stalking={2} minderjarige={3} deelnemers={4} -> {5} {6}")
    @CsvSource(delimiter = ';', value = {
            // clients stay away: one meeting, OM or stalking change nothing
            "false; false; false; false;  4; GEHEEL;                              false; Rule_GeheelZonderClienten",
            "false; true;  true;  false;  6; GEHEEL;                              false; Rule_GeheelZonderClienten",
            // OM needed and clients come: OM first, then the clients without the OM
            "true;  true;  false; false;  6; OM CLIENTEN;                         false; Rule_OmZonderClienten Rule_ClientenZonderOm",
            // ... with stalking: victim and perpetrator each apart after the OM
            "true;  true;  true;  false;  7; OM SLACHTOFFER PLEGER;               false; Rule_OmZonderClienten Rule_SlachtofferApart Rule_PlegerApart",
            // no OM, no stalking: professionals and clients together
            "true;  false; false; false;  5; GEHEEL;                              false; Rule_GeheelMetClienten",
            // no OM, stalking: professionals first, then victim and perpetrator apart
            "true;  false; true;  false;  5; PROFESSIONALS SLACHTOFFER PLEGER;    false; Rule_ProfessionalsEerst Rule_SlachtofferApart Rule_PlegerApart",
            // a minor heard apart, whatever else holds
            "false; false; false; true;   4; GEHEEL MINDERJARIGEN;                false; Rule_GeheelZonderClienten Rule_MinderjarigenApart",
            "true;  false; false; true;   3; GEHEEL MINDERJARIGEN;                false; Rule_GeheelMetClienten Rule_MinderjarigenApart",
            "true;  true;  true;  true;   8; OM SLACHTOFFER PLEGER MINDERJARIGEN; false; Rule_OmZonderClienten Rule_SlachtofferApart Rule_PlegerApart Rule_MinderjarigenApart",
            // more than 8 at the table: a warning row besides the segments (8 itself is fine, above)
            "true;  false; false; false;  9; GEHEEL;                              true;  Rule_GeheelMetClienten Rule_TeveelDeelnemers",
            "false; true;  false; true;  12; GEHEEL MINDERJARIGEN;                true;  Rule_GeheelZonderClienten Rule_MinderjarigenApart Rule_TeveelDeelnemers",
            "true;  true;  false; false; 14; OM CLIENTEN;                         true;  Rule_OmZonderClienten Rule_ClientenZonderOm Rule_TeveelDeelnemers",
    })
    void segmentsInOrder(boolean clientenKomen, boolean omNodig, boolean stalkingOfTerreur, boolean minderjarigeApart,
                         int aantalDeelnemers, String segmenten, boolean waarschuwing, String regels) {
        var result = DecisionTestSupport.evaluateAll(decisionService, historyService, "overleg-opzet",
                Variables.createVariables()
                        .putValue("clientenKomen", clientenKomen)
                        .putValue("omNodig", omNodig)
                        .putValue("stalkingOfTerreur", stalkingOfTerreur)
                        .putValue("minderjarigeApart", minderjarigeApart)
                        .putValue("aantalDeelnemers", aantalDeelnemers)
                        // inputs of the required decision sleutelpartners, tested on its own
                        .putValue("kindOnderMaatregel", false)
                        .putValue("strafrechtelijkKader", false)
                        .putValue("aanmelderGroep", "politie"));

        assertThat(result.ruleIds()).containsExactlyElementsOf(words(regels));
        List<Map<String, Object>> delen = result.rows().stream().filter(row -> row.get("segment") != null)
                .sorted(Comparator.comparing(row -> (Integer) row.get("volgorde"))).toList();
        assertThat(delen).extracting(row -> row.get("segment")).containsExactlyElementsOf(words(segmenten));
        assertThat(delen).extracting(row -> row.get("volgorde")).as("each segment has its own place").doesNotHaveDuplicates();
        assertThat(delen).allSatisfy(row -> {
            assertThat((String) row.get("uitleg")).isNotBlank();
            assertThat(row.get("waarschuwing")).isNull();
        });
        List<Map<String, Object>> waarschuwingen = result.rows().stream().filter(row -> row.get("segment") == null).toList();
        if (waarschuwing) {
            assertThat(waarschuwingen).singleElement().satisfies(row -> {
                assertThat(row.get("waarschuwing")).isEqualTo(TE_VEEL);
                assertThat(row.get("volgorde")).isEqualTo(0);
            });
        } else {
            assertThat(waarschuwingen).isEmpty();
        }
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }
}
