package nl.casusregie.overleg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.platform.OngeldigeInvoerException;
import nl.casusregie.overleg.Focusoverleg.Element;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CasusregieTest
class FocusoverlegProcessTest {

    @Autowired Fixture fixture;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;

    /** A referral taken up as MDA++ with casusregisseur1 as case director: its first round starts. */
    private ProcessInstance start() {
        ProcessInstance casus = fixture.meldAan(Fixture.aanmelding(true, 3, 4, false, Fixture.uniek("Overleg")));
        fixture.complete("procesregisseur1", casus, Map.of("aanpak", "MDA++", "triageReden", "Zoals geadviseerd"));
        fixture.complete("procesregisseur1", casus, Map.of("casusregisseur", "casusregisseur1"));
        return fixture.focusoverleg(casus);
    }

    @Test
    @DisplayName("the case director prepares with the clients, the chair records, and clients who attended get a debrief")
    void clientsPresentGetDebrief() {
        ProcessInstance overleg = start();
        assertThat(overleg).isWaitingAt(Element.VOORBEREIDEN).task().isAssignedTo("casusregisseur1");
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Vader wil over de omgangsregeling praten",
                "deelnameClienten", "JA"));

        assertThat(overleg).isWaitingAt(Element.VASTLEGGEN).task().hasCandidateGroup("procesregisseur");
        fixture.complete("procesregisseur1", overleg, Fixture.overlegverslag(true, "Zonder plan geen veilige overdracht", 3, 5));

        assertThat(overleg).isWaitingAt(Element.NABESPREKEN).task().isAssignedTo("casusregisseur1");
        assertThat(overleg).variables().containsEntry("gemiddeldeScore", 4.0).containsEntry("scoreSpreiding", 2)
                .containsEntry("aantalOverleggen", 1);
        fixture.complete("casusregisseur1", overleg, Map.of("nabespreking", "Moeder vond het zwaar maar helpend."));

        assertThat(overleg).isEnded().hasPassed(Element.AFGEROND).hasNotPassed(Element.TERUGKOPPELEN);
        Object overlegId = historyService.createHistoricVariableInstanceQuery().processInstanceId(overleg.getId())
                .variableName("overlegId").singleResult().getValue();
        assertThat(jdbc.sql("select count(*) from afspraak where overleg_id = :id").param("id", overlegId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from schaalscore where overleg_id = :id").param("id", overlegId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    @DisplayName("clients who did not attend get feedback on what was discussed")
    void clientsAbsentGetFeedback() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Niets", "deelnameClienten", "NEE"));
        fixture.complete("procesregisseur1", overleg, Fixture.overlegverslag(false, "Veiligheid eerst", 3, 5));

        assertThat(overleg).isWaitingAt(Element.TERUGKOPPELEN).task().isAssignedTo("casusregisseur1");
        fixture.complete("casusregisseur1", overleg, Map.of("nabespreking", "Telefonisch uitgelegd."));
        assertThat(overleg).isEnded().hasNotPassed(Element.NABESPREKEN);
    }

    @Test
    @DisplayName("an agreement without a reason is refused and the meeting stays open for correction")
    void agreementWithoutReasonIsRefused() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Niets", "deelnameClienten", "NEE"));

        assertThatThrownBy(() -> fixture.complete("procesregisseur1", overleg, Fixture.overlegverslag(false, null, 3, 5)))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Afspraak 1, Waarom: zeg waarom deze afspraak nodig is");
        assertThat(overleg).isWaitingAt(Element.VASTLEGGEN);
    }

    @Test
    @DisplayName("an agreement without its kind is refused, naming the field as the form does")
    void agreementWithoutKindIsRefused() {
        ProcessInstance overleg = start();
        fixture.complete("casusregisseur1", overleg, Map.of("wensenClienten", "Niets", "deelnameClienten", "NEE"));
        Map<String, Object> verslag = new java.util.HashMap<>(Fixture.overlegverslag(false, "Veiligheid eerst", 3, 5));
        verslag.put("afspraken", org.camunda.spin.Spin.JSON("""
                [{"soort":"IETS_ANDERS","partner":"veiligthuis","wat":"Plan","deadline":"%s","waarom":"Veiligheid"}]"""
                .formatted(java.time.LocalDate.now().plusDays(7))));

        assertThatThrownBy(() -> fixture.complete("procesregisseur1", overleg, verslag))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessage("Afspraak 1, Soort afspraak: kies de soort afspraak");
        assertThat(overleg).isWaitingAt(Element.VASTLEGGEN);
    }
}
