package nl.casusregie.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.platform.PartnerGroup;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The required decision sleutelpartners in dmn/overleg-opzet.dmn (hit policy COLLECT): one row per rule, all three together, and none. */
@CasusregieTest
class SleutelpartnersDecisionTest {

    private static final Map<String, String> REDENEN = Map.of(
            "jeugdbescherming", "Een kind staat onder een maatregel: jeugdbescherming heeft sleutelinformatie.",
            "reclassering", "Er loopt een proeftijd of strafrechtelijke maatregel: de reclassering heeft sleutelinformatie.",
            "veiligthuis", "Veilig Thuis heeft de casus aangemeld: Veilig Thuis heeft sleutelinformatie.");

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "maatregel={0} strafrechtelijk={1} aanmelder={2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "true;  false; politie;      jeugdbescherming;                          Rule_Jeugdbescherming",
            "false; true;  politie;      reclassering;                              Rule_Reclassering",
            "false; false; veiligthuis;  veiligthuis;                               Rule_VeiligThuis",
            "true;  true;  veiligthuis;  jeugdbescherming reclassering veiligthuis; Rule_Jeugdbescherming Rule_Reclassering Rule_VeiligThuis",
            "false; false; politie;      -;                                         -",
            "false; false; -;            -;                                         -",
    })
    void partnersWithKeyInformation(boolean kindOnderMaatregel, boolean strafrechtelijkKader, String aanmelderGroep,
                                    String partners, String regels) {
        var result = DecisionTestSupport.evaluateAll(decisionService, historyService, "sleutelpartners",
                Variables.createVariables()
                        .putValue("kindOnderMaatregel", kindOnderMaatregel)
                        .putValue("strafrechtelijkKader", strafrechtelijkKader)
                        .putValue("aanmelderGroep", aanmelderGroep));

        assertThat(result.ruleIds()).containsExactlyElementsOf(words(regels));
        assertThat(result.rows()).extracting(row -> row.get("partner")).containsExactlyElementsOf(words(partners));
        assertThat(result.rows()).allSatisfy(row -> {
            assertThat(Arrays.stream(PartnerGroup.values()).map(PartnerGroup::id)).as("a contract group")
                    .contains((String) row.get("partner"));
            assertThat(row.get("reden")).isEqualTo(REDENEN.get(row.get("partner")));
        });
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
