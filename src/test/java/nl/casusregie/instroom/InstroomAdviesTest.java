package nl.casusregie.instroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import nl.casusregie.platform.OngeldigeInvoerException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CasusregieTest
class InstroomAdviesTest {

    @Autowired InstroomAdvies instroomAdvies;
    @Autowired DecisionService decisionService;
    @Autowired Fixture fixture;

    @Test
    @DisplayName("a professional gets the table's route and reason without any right on the table itself")
    void adviceForAProfessional() {
        assertThatThrownBy(() -> fixture.as("politie1", () -> decisionService.evaluateDecisionByKey(InstroomAdvies.BESLISSING)
                .variables(new Meldingsfeiten(SoortMelding.POLITIE, false, false, true, true, false, null, false).alsInvoer())
                .evaluate()))
                .as("the police may not evaluate the table themselves (over /engine-rest)").isInstanceOf(AuthorizationException.class);

        InstroomAdvies.Advies advies = fixture.as("politie1", () -> instroomAdvies.advies(
                new Meldingsfeiten(SoortMelding.POLITIE, false, false, true, true, false, null, false)));

        assertThat(advies.route()).isEqualTo(Instroomroute.ACTIE_OVERLEG);
        assertThat(advies.reden()).startsWith("Stalking leidt altijd naar het Actie-Overleg");
    }

    @Test
    @DisplayName("the region decides where trafficking goes; without a region the default rule applies")
    void region() {
        assertThat(instroomAdvies.advies(mensenhandel(Regio.ZUID_LIMBURG)).route()).isEqualTo(Instroomroute.ACTIE_OVERLEG);
        assertThat(instroomAdvies.advies(mensenhandel(Regio.NOORD_LIMBURG)).route()).isEqualTo(Instroomroute.ZVH_TRIAGE);
        assertThat(instroomAdvies.advies(mensenhandel(null)).reden()).contains("in deze regio");
    }

    @Test
    @DisplayName("a report with missing facts is refused before the table is asked, each field named as the table labels it; the region may be missing")
    void missingFactsRefused() {
        assertThatThrownBy(() -> instroomAdvies.advies(new Meldingsfeiten(null, false, null, false, false, false, null, null)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, fout -> assertThat(fout.fouten()).containsExactly(
                        Map.entry("soortMelding", "Soort melding: is verplicht"),
                        Map.entry("letselKind", "Letsel bij een kind (vermoed of vastgesteld): is verplicht"),
                        Map.entry("dreigendGevaar", "Dreigend gevaar of risico op gevaar: is verplicht")));
    }

    private static Meldingsfeiten mensenhandel(Regio regio) {
        return new Meldingsfeiten(SoortMelding.VEILIG_THUIS, false, false, false, false, true, regio, false);
    }
}
