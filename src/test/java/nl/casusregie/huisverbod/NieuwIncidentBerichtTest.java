package nl.casusregie.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.casusregie.CasusregieTest;
import nl.casusregie.Fixture;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The port's default implementation correlates NieuwIncident to the case's instance by business key
 * and house. zvh-casus does not wait for the message yet, so a small process that does stands in
 * for it here: it is the message correlation that is tested, not the receiving side.
 */
@CasusregieTest
class NieuwIncidentBerichtTest {

    @Autowired NieuwIncidentBericht bericht;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;

    private Deployment ontvanger;

    @BeforeEach
    void ontvangerDeployen() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("test-nieuw-incident").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Test")
                .intermediateCatchEvent("MessageEvent_NieuwIncident").message(NieuwIncidentMelder.BERICHT)
                .userTask("UserTask_Gelezen").camundaCandidateGroups("procesregisseur")
                .endEvent("EndEvent_Test").done();
        ontvanger = repositoryService.createDeployment().name("test-nieuw-incident")
                .addModelInstance("test-nieuw-incident.bpmn", model).deploy();
    }

    @AfterEach
    void ontvangerVerwijderen() {
        repositoryService.deleteDeployment(ontvanger.getId(), true);
    }

    private ProcessInstance wacht(String casusnummer, String huis) {
        return runtimeService.createProcessInstanceByKey("test-nieuw-incident").businessKey(casusnummer)
                .setVariable("huis", huis).execute();
    }

    @Test
    @DisplayName("the incident reaches the instance with that case number in that house, with source, description and key")
    void correlatesByCaseNumberAndHouse() {
        String casusnummer = Fixture.uniek("ZVH-TEST-");
        ProcessInstance anderHuis = wacht(casusnummer, "zvhelders");
        ProcessInstance casus = wacht(casusnummer, Fixture.HUIS);

        bericht.meld(casusnummer, Fixture.HUIS, "HUISVERBOD", "Het huisverbod is afgelopen.", "huisverbod-1-einde");

        assertThat(runtimeService.getVariables(casus.getId())).containsAllEntriesOf(Map.of(
                "incidentBron", "HUISVERBOD", "incidentOmschrijving", "Het huisverbod is afgelopen.",
                "incidentSleutel", "huisverbod-1-einde"));
        assertThat(runtimeService.createExecutionQuery().processInstanceId(casus.getId())
                .activityId("UserTask_Gelezen").count()).isEqualTo(1);
        assertThat(runtimeService.getVariables(anderHuis.getId())).as("another house's case is not touched")
                .doesNotContainKey("incidentBron");
    }

    @Test
    @DisplayName("without a case waiting for it the report fails, so the engine retries it rather than losing it")
    void failsWithoutReceiver() {
        assertThatThrownBy(() -> bericht.meld(Fixture.uniek("ZVH-GEEN-"), Fixture.HUIS, "HUISVERBOD", "x", "y"))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }
}
