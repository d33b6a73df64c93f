package nl.casusregie.proeftijd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The port's default implementation, on its own (the other tests replace it with GemeldeIncidenten):
 * it correlates NieuwIncident by case number in the case's house with the contract's variables, and a
 * case that does not wait for it does not refuse the breach.
 */
@CasusregieTest
class NieuwIncidentBerichtTest {

    @Autowired NieuwIncidentBericht bericht;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;

    @Test
    @DisplayName("the incident reaches a case waiting for NieuwIncident in its own house, with source, description and key")
    void correlatesToTheWaitingCase() {
        String deployment = repositoryService.createDeployment().name("test-incident-ontvanger")
                .addModelInstance("incident-ontvanger.bpmn", Bpmn.createExecutableProcess("incident-ontvanger")
                        .camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent().message("NieuwIncident")
                        .userTask().camundaCandidateGroups("procesregisseur").endEvent().done())
                .deploy().getId();
        try {
            String nummer = Fixture.uniek("ZVH-TEST-");
            ProcessInstance anderHuis = runtimeService.startProcessInstanceByKey("incident-ontvanger", nummer,
                    Map.of("huis", "zvhtweede"));
            ProcessInstance casus = runtimeService.startProcessInstanceByKey("incident-ontvanger", nummer,
                    Map.of("huis", Fixture.HUIS));

            bericht.meld(nummer, Fixture.HUIS, "PROEFTIJD", "Voorwaarde overtreden", "proeftijd-overtreding-7");

            assertThat(runtimeService.getVariables(casus.getId())).containsEntry("incidentBron", "PROEFTIJD")
                    .containsEntry("incidentOmschrijving", "Voorwaarde overtreden")
                    .containsEntry("incidentSleutel", "proeftijd-overtreding-7");
            assertThat(runtimeService.getVariables(anderHuis.getId())).as("another house's case of that number")
                    .doesNotContainKey("incidentSleutel");
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    @DisplayName("a case that does not wait for NieuwIncident does not refuse the breach")
    void noWaitingCase() {
        assertThatCode(() -> bericht.meld(Fixture.uniek("ZVH-GEEN-"), Fixture.HUIS, "PROEFTIJD", "Voorwaarde overtreden",
                "proeftijd-overtreding-8")).doesNotThrowAnyException();
    }
}
