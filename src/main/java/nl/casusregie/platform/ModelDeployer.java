package nl.casusregie.platform;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models from the top-level bpmn/, dmn/ and forms/ folders (packaged as
 * classpath resources) under stable resource names, so that starting from the fat jar
 * or from Maven deploys a new version only when a model really changed.
 * Process owners may also deploy from Modeler; this keeps the packaged versions in step.
 */
@Component
@Order(1)
public class ModelDeployer implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "casusregie";
    static final String[] FOLDERS = {"bpmn/*.bpmn", "dmn/*.dmn", "forms/*.form"};

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    public ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("casusregie-application")
                // false: when any model changed, deploy them all, so that a process and the forms
                // it binds by deployment (formRefBinding="deployment") always travel together.
                .enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        int count = 0;
        for (String pattern : FOLDERS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(folder + resource.getFilename(), in);
                }
                count++;
            }
        }
        var result = deployment.deployWithResult();
        // Duplicate filtering: an unchanged set of models yields no new definitions (null lists);
        // a changed one redeploys every process, so there are always new ones.
        boolean changed = result.getDeployedProcessDefinitions() != null || result.getDeployedDecisionDefinitions() != null;
        log.info("Models in bpmn/, dmn/, forms/ ({} files): {}", count,
                changed ? "deployed as '" + DEPLOYMENT_NAME + "' " + result.getId() : "unchanged, nothing deployed");
    }
}
