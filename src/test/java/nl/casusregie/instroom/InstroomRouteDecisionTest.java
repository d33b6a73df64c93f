package nl.casusregie.instroom;

import static org.assertj.core.api.Assertions.assertThat;

import nl.casusregie.CasusregieTest;
import nl.casusregie.casus.DecisionTestSupport;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * dmn/instroom-route.dmn through the engine's decision service (hit policy FIRST): each rule where
 * it is meant to match, with its reason; the priorities between rules; the regional rules on
 * trafficking and their default; and what the table does when a fact is missing.
 */
@CasusregieTest
class InstroomRouteDecisionTest {

    private static final String KEY = "instroom-route";

    @Autowired DecisionService decisionService;
    @Autowired HistoryService historyService;

    @ParameterizedTest(name = "{9}: {0} acuut={1} letselKind={2} stalking={3} verdachte={4} mensenhandel={5} regio={6} dreigend={7} -> {8}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            // one row per rule, each with only its own fact
            "POLITIE      | true  | false | false | false | false | -             | false | SAMEN_OP_IN_ACUUT            | Rule_AcuteOnveiligheid          | acute onveiligheid",
            "ZORG         | false | true  | false | false | false | -             | false | STRAFBARE_KINDERMISHANDELING | Rule_LetselKind                 | letsel bij een kind",
            "VEILIG_THUIS | false | false | true  | false | false | -             | false | ACTIE_OVERLEG                | Rule_Stalking                   | Stalking leidt altijd",
            "POLITIE      | false | false | false | true  | false | -             | false | ZSM_VEILIG_THUIS             | Rule_VerdachteGehoordOfAangehouden | gehoord of aangehouden",
            "VEILIG_THUIS | false | false | false | false | true  | NOORD_LIMBURG | false | ZVH_TRIAGE                   | Rule_MensenhandelNoordLimburg   | in Noord-Limburg",
            "VEILIG_THUIS | false | false | false | false | true  | ZUID_LIMBURG  | false | ACTIE_OVERLEG                | Rule_MensenhandelZuidLimburg    | in Zuid-Limburg",
            "ZORG         | false | false | false | false | true  | -             | false | ZVH_TRIAGE                   | Rule_Mensenhandel               | in deze regio",
            "AANMELDING   | false | false | false | false | false | -             | false | ZVH_TRIAGE                   | Rule_AanmeldingZvh              | meldt het huishouden aan",
            "POLITIE      | false | false | false | false | false | -             | true  | ACTIE_OVERLEG                | Rule_DreigendGevaar             | geen verdachte aangehouden",
            "ZORG         | false | false | false | false | false | -             | false | ZVH_TRIAGE                   | Rule_Weegoverleg                | Geen acute onveiligheid",
    })
    @DisplayName("every rule matches where it is meant to, with a reason a professional can read")
    void everyRule(String soort, Boolean acuut, Boolean letselKind, Boolean stalking, Boolean verdachte, Boolean mensenhandel,
                   String regio, Boolean dreigend, String route, String rule, String redenDeel) {
        var outcome = DecisionTestSupport.evaluate(decisionService, historyService, KEY,
                feiten(soort, acuut, letselKind, stalking, verdachte, mensenhandel, regio, dreigend));

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.outputs()).containsEntry("route", route);
        assertThat((String) outcome.outputs().get("reden")).contains(redenDeel).endsWith(".");
    }

    @ParameterizedTest(name = "{9}: {0} acuut={1} letselKind={2} stalking={3} verdachte={4} mensenhandel={5} regio={6} dreigend={7} -> {8}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            // acute unsafety comes before everything, a referral too
            "ZORG         | true  | true  | true  | true  | true  | ZUID_LIMBURG  | true  | SAMEN_OP_IN_ACUUT            | Rule_AcuteOnveiligheid",
            "AANMELDING   | true  | false | false | false | false | -             | false | SAMEN_OP_IN_ACUUT            | Rule_AcuteOnveiligheid",
            // injury to a child before stalking, a heard suspect, trafficking and danger
            "POLITIE      | false | true  | true  | true  | true  | NOORD_LIMBURG | true  | STRAFBARE_KINDERMISHANDELING | Rule_LetselKind",
            // stalking always goes to the Actie-Overleg: also with the suspect arrested, also when referred to the house
            "POLITIE      | false | false | true  | true  | false | -             | false | ACTIE_OVERLEG                | Rule_Stalking",
            "AANMELDING   | false | false | true  | false | true  | NOORD_LIMBURG | false | ACTIE_OVERLEG                | Rule_Stalking",
            // a heard or arrested suspect before the regional trafficking rules, a referral and threatening danger
            "POLITIE      | false | false | false | true  | true  | ZUID_LIMBURG  | true  | ZSM_VEILIG_THUIS             | Rule_VerdachteGehoordOfAangehouden",
            "AANMELDING   | false | false | false | true  | false | -             | false | ZSM_VEILIG_THUIS             | Rule_VerdachteGehoordOfAangehouden",
            // the regional trafficking rules before a referral and threatening danger
            "POLITIE      | false | false | false | false | true  | NOORD_LIMBURG | true  | ZVH_TRIAGE                   | Rule_MensenhandelNoordLimburg",
            "AANMELDING   | false | false | false | false | true  | ZUID_LIMBURG  | false | ACTIE_OVERLEG                | Rule_MensenhandelZuidLimburg",
            "POLITIE      | false | false | false | false | true  | -             | true  | ZVH_TRIAGE                   | Rule_Mensenhandel",
            // a referral to the house stays with its triage, also with threatening danger
            "AANMELDING   | false | false | false | false | false | -             | true  | ZVH_TRIAGE                   | Rule_AanmeldingZvh",
            "AANMELDING   | false | false | false | false | false | ZUID_LIMBURG  | false | ZVH_TRIAGE                   | Rule_AanmeldingZvh",
            // threatening danger from any other trigger, in any region
            "VEILIG_THUIS | false | false | false | false | false | ZUID_LIMBURG  | true  | ACTIE_OVERLEG                | Rule_DreigendGevaar",
            "ZORG         | false | false | false | false | false | NOORD_LIMBURG | true  | ACTIE_OVERLEG                | Rule_DreigendGevaar",
            // nothing that calls for a faster table, in a region with rules of its own too
            "POLITIE      | false | false | false | false | false | NOORD_LIMBURG | false | ZVH_TRIAGE                   | Rule_Weegoverleg",
            "VEILIG_THUIS | false | false | false | false | false | ZUID_LIMBURG  | false | ZVH_TRIAGE                   | Rule_Weegoverleg",
    })
    @DisplayName("the first matching rule wins, in the order of priority the table documents")
    void priorities(String soort, Boolean acuut, Boolean letselKind, Boolean stalking, Boolean verdachte, Boolean mensenhandel,
                    String regio, Boolean dreigend, String route, String rule) {
        var outcome = DecisionTestSupport.evaluate(decisionService, historyService, KEY,
                feiten(soort, acuut, letselKind, stalking, verdachte, mensenhandel, regio, dreigend));

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.outputs()).containsEntry("route", route);
    }

    @ParameterizedTest(name = "{0} acuut={1} letselKind={2} stalking={3} verdachte={4} mensenhandel={5} regio={6} dreigend={7}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "ZORG         | -     | false | false | false | false | -             | false",
            "POLITIE      | false | -     | false | false | false | -             | false",
            "POLITIE      | false | false | -     | false | false | -             | false",
            "AANMELDING   | false | false | false | -     | false | -             | false",
            "POLITIE      | false | false | false | false | -     | NOORD_LIMBURG | false",
            "POLITIE      | false | false | false | false | false | -             | -",
            // an unknown suspect fact: threatening danger goes to the Actie-Overleg only with no suspect arrested
            "VEILIG_THUIS | false | false | false | -     | false | -             | true",
    })
    @DisplayName("a missing fact never sends a report to triage: the table gives no route")
    void missingFactGivesNoRoute(String soort, Boolean acuut, Boolean letselKind, Boolean stalking, Boolean verdachte,
                                 Boolean mensenhandel, String regio, Boolean dreigend) {
        var result = DecisionTestSupport.evaluateAll(decisionService, historyService, KEY,
                feiten(soort, acuut, letselKind, stalking, verdachte, mensenhandel, regio, dreigend));

        assertThat(result.rows()).isEmpty();
        assertThat(result.ruleIds()).isEmpty();
    }

    @Test
    @DisplayName("a fact left out of the variables altogether counts as missing, not as an error")
    void absentFact() {
        VariableMap zonderAcuut = feiten("ZORG", null, false, false, false, false, null, false);
        zonderAcuut.remove("acuteOnveiligheid");

        assertThat(DecisionTestSupport.evaluateAll(decisionService, historyService, KEY, zonderAcuut).rows()).isEmpty();
    }

    @Test
    @DisplayName("a known danger sign is acted on although another fact is missing; a referral's triage does not wait for the danger fact")
    void missingFactBesideAKnownOne() {
        var letsel = DecisionTestSupport.evaluate(decisionService, historyService, KEY,
                feiten("ZORG", null, true, null, null, null, null, null));
        assertThat(letsel.ruleId()).isEqualTo("Rule_LetselKind");

        var aanmelding = DecisionTestSupport.evaluate(decisionService, historyService, KEY,
                feiten("AANMELDING", false, false, false, false, false, null, null));
        assertThat(aanmelding.ruleId()).isEqualTo("Rule_AanmeldingZvh");
    }

    private static VariableMap feiten(String soort, Boolean acuut, Boolean letselKind, Boolean stalking, Boolean verdachte,
                                      Boolean mensenhandel, String regio, Boolean dreigend) {
        return Variables.createVariables()
                .putValue("soortMelding", soort)
                .putValue("acuteOnveiligheid", acuut)
                .putValue("letselKind", letselKind)
                .putValue("stalking", stalking)
                .putValue("verdachteGehoordOfAangehouden", verdachte)
                .putValue("mensenhandel", mensenhandel)
                .putValue("regio", regio)
                .putValue("dreigendGevaar", dreigend);
    }
}
