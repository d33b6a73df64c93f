package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.RepositoryService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@CasusregieTest
class ModelDeployerTest {

    @Autowired ModelDeployer deployer;
    @Autowired RepositoryService repositoryService;

    @Test
    @DisplayName("a restart with unchanged models deploys nothing new, under stable resource names")
    void restartDeploysNothingNew() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count();
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("zvh-casus").count();

        deployer.run(null);

        assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("zvh-casus").count())
                .isEqualTo(versions);
        var latest = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().listPage(0, 1).get(0);
        assertThat(repositoryService.getDeploymentResourceNames(latest.getId()))
                .contains("bpmn/zvh-casus.bpmn", "bpmn/focusoverleg.bpmn", "dmn/triage-aanpak.dmn",
                        "dmn/fase-overgang.dmn", "dmn/overleg-opzet.dmn", "dmn/sleutelpartners.dmn",
                        "forms/aanmelding.form", "forms/triage-uitkomst.form",
                        "bpmn/afspraak-opvolging.bpmn", "forms/afspraak-uitvoeren.form")
                .hasSize(22);
    }

    @Test
    @DisplayName("a changed form alone is deployed with the processes, so new cases use it")
    void changedFormTravelsWithItsProcess() throws Exception {
        String form = "forms/triage-besluiten.form";
        String packaged = new String(new ClassPathResource(form).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        repositoryService.createDeployment().name(ModelDeployer.DEPLOYMENT_NAME).source("casusregie-application")
                .addString(form, packaged.replace("Weegoverleg", "Weegoverleg (oud)")).deploy();
        long versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("zvh-casus").count();

        deployer.run(null);

        var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey("zvh-casus").latestVersion()
                .singleResult();
        assertThat(latest.getVersion()).isEqualTo(versions + 1);
        assertThat(new String(repositoryService.getResourceAsStream(latest.getDeploymentId(), form).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(packaged);
    }
}
