package nl.casusregie.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionCheckTest {

    private final ExpressionCheck check = new ExpressionCheck(() -> new TreeSet<>(Set.of("casusAfsluiten")),
            Set.of("identityService", "casusRepository")::contains);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "${dateTime().plusDays(7).toDate()}", "${dateTime().minusWeeks(1).plusHours(2).toDate()}",
            "${aanpak != 'NIET_OPPAKKEN'}", "${overgang != 'AFSLUITEN' && casusregieWisselen}",
            "${!afsluitplanGoedgekeurd}", "#{execution.processBusinessKey}", "${execution.businessKey}",
            "${triageAdvies.aanpak}", "${aanmelderGroep},procesregisseur", "${currentUser()}",
            "${currentUserGroups()}", "${now()}", "${lijst[0]}", "${kaart['sleutel']}", "R/${interval}/PT1H",
            "${score > 4 ? 'hoog' : 'laag'}", "${empty reden}", "${nazorgTermijn}"})
    @DisplayName("what the models use, and more of the same kind, is accepted")
    void accepted(String expression) {
        assertThat(check.check(expression)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "${dateTime().toDate().plusDays(1)}|expressies mogen geen methoden aanroepen (dateTime().toDate().plusDays)",
            "${dateTime().plusDays(aanpak.getClass()).toDate()}|expressies mogen geen methoden aanroepen (aanpak.getClass)",
            "${dateTime().plusDays(casusRepository).toDate()}|casusRepository is een onderdeel van de applicatie",
            "${dateTime(1).plusDays(1)}|expressies mogen geen methoden aanroepen",
            "${now().setTime(0)}|expressies mogen geen methoden aanroepen (now().setTime)",
            "${execution.processBusinessKey.getClass()}|expressies mogen geen methoden aanroepen",
            "${execution.processInstance.businessKey}|het engine-object execution",
            "${execution}|het engine-object execution",
            "${variableScope.variables}|het engine-object variableScope",
            "${casusAfsluiten}|casusAfsluiten is een onderdeel van de applicatie",
            "${identityService}|identityService is een onderdeel van de applicatie",
            "${''.getClass().forName('java.lang.Runtime')}|expressies mogen geen methoden aanroepen",
            "${lijst[naam]}|alleen met een vaste naam",
            "${x.classLoader}|de eigenschap .classLoader is niet toegestaan",
            "${fn:call(x)}|de functie fn:call() is niet toegestaan",
            "${a +}|geen geldige expressie"})
    @DisplayName("methods, beans, engine objects, reflection and computed keys are refused, saying why")
    void refused(String expression, String reason) {
        assertThat(check.check(expression)).hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "${casusAfsluiten}|",
            " #{casusAfsluiten} |",
            "${casusService}|casusService is geen delegate of listener van casusregie; toegestaan: casusAfsluiten",
            "${casusAfsluiten.execute(execution)}|een delegateExpression is alleen de naam",
            "casusAfsluiten|een delegateExpression is alleen de naam"})
    @DisplayName("a delegateExpression is the bare name of an exposed delegate")
    void beanReference(String expression, String reason) {
        if (reason == null) {
            assertThat(check.checkBeanReference(expression)).isEmpty();
        } else {
            assertThat(check.checkBeanReference(expression)).hasValueSatisfying(refusal -> assertThat(refusal).contains(reason));
        }
    }
}
