package nl.casusregie.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.casusregie.CasusregieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deploying a model is not running code: what the process owner may deploy from Modeler
 * (over /engine-rest/deployment/create), and what is refused with a Dutch 400 and nothing deployed.
 */
@CasusregieTest
@ExtendWith(OutputCaptureExtension.class)
class DeploymentGuardTest {

    private static final String OWNER = "procesbeheerder1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Autowired RepositoryService repositoryService;

    /** One refused construct: the files deployed, the element and the words the refusal must name. */
    record Row(String name, Map<String, String> files, String file, String element, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row bpmn(String name, String element, String reason, String process) {
        return new Row(name, Map.of("guard.bpmn", process(process)), "guard.bpmn", element, reason);
    }

    private static String process(String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Definitions_Guard" targetNamespace="http://casusregie.nl/bpmn">
                  <bpmn:process id="guard-test" name="Guard" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Start" />
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(elements);
    }

    private static String decision(String inputExpression, String outputEntry) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_Guard" name="Guard" namespace="http://casusregie.nl/dmn">
                  <decision id="guard-decision" name="Guard" camunda:historyTimeToLive="P1D">
                    <decisionTable id="DecisionTable_Guard" hitPolicy="FIRST">
                      <input id="Input_Fase" label="Fase">%s</input>
                      <output id="Output_Advies" name="advies" typeRef="string" />
                      <rule id="Rule_Een">
                        <inputEntry id="InputEntry_Een"><text></text></inputEntry>
                        %s
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(inputExpression, outputEntry);
    }

    private static String form(String component) {
        return """
                {"components": [%s, {"type": "textfield", "key": "reden", "label": "Reden", "id": "Field_reden"}],
                 "type": "default", "id": "guard-form", "executionPlatform": "Camunda Platform", "schemaVersion": 16}
                """.formatted(component);
    }

    static Stream<Row> refused() {
        return Stream.of(
                // The reproduction: a timer start that made the process owner an administrator.
                bpmn("timer start calling identityService", "ServiceTask_Beheerder", "expressies mogen geen methoden aanroepen (identityService.createMembership)", """
                        <bpmn:startEvent id="StartEvent_ElkeMinuut" name="Elke minuut">
                          <bpmn:timerEventDefinition id="Timer_Minuut"><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
                        </bpmn:startEvent>
                        <bpmn:serviceTask id="ServiceTask_Beheerder" name="Beheerder worden"
                            camunda:expression="${identityService.createMembership('procesbeheerder1','camunda-admin')}" />"""),
                bpmn("execution listener calling identityService", "StartEvent_Lijst", "expressies mogen geen methoden aanroepen (identityService.createMembership)", """
                        <bpmn:startEvent id="StartEvent_Lijst"><bpmn:extensionElements>
                          <camunda:executionListener event="start" expression="${identityService.createMembership('procesbeheerder1','camunda-admin')}" />
                        </bpmn:extensionElements></bpmn:startEvent>"""),
                bpmn("another house's household through a bean", "ServiceTask_Kopie", "expressies mogen geen methoden aanroepen (casusRepository.findByNummer)", """
                        <bpmn:serviceTask id="ServiceTask_Kopie" camunda:expression="${true}"><bpmn:extensionElements><camunda:inputOutput>
                          <camunda:outputParameter name="kopie">${casusRepository.findByNummer('ZVH-2026-000001')}</camunda:outputParameter>
                        </camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"""),
                bpmn("a bean by name", "ServiceTask_Bean", "identityService is een onderdeel van de applicatie", """
                        <bpmn:serviceTask id="ServiceTask_Bean" camunda:expression="${identityService}" />"""),
                bpmn("a bean's property", "UserTask_Eigenschap", "casusRepository is een onderdeel van de applicatie", """
                        <bpmn:userTask id="UserTask_Eigenschap" camunda:assignee="${casusRepository.jdbc}" camunda:candidateGroups="supervisor" />"""),
                bpmn("the engine through execution", "UserTask_Engine", "de eigenschap .processEngineServices is niet toegestaan", """
                        <bpmn:userTask id="UserTask_Engine" camunda:assignee="${execution.processEngineServices.identityService}" camunda:candidateGroups="supervisor" />"""),
                bpmn("the task object", "UserTask_Taak", "het engine-object task is niet toegestaan", """
                        <bpmn:userTask id="UserTask_Taak" camunda:candidateGroups="supervisor"><bpmn:extensionElements>
                          <camunda:taskListener event="create" expression="${task.delegate}" />
                        </bpmn:extensionElements></bpmn:userTask>"""),
                bpmn("reflection", "UserTask_Klasse", "de eigenschap .class is niet toegestaan", """
                        <bpmn:userTask id="UserTask_Klasse" camunda:assignee="${aanpak.class.name}" camunda:candidateGroups="supervisor" />"""),
                bpmn("reflection in brackets", "UserTask_Haak", "de eigenschap ['class'] is niet toegestaan", """
                        <bpmn:userTask id="UserTask_Haak" camunda:assignee="${aanpak['class']}" camunda:candidateGroups="supervisor" />"""),
                bpmn("computed bracket key", "UserTask_Sleutel", "alleen met een vaste naam", """
                        <bpmn:userTask id="UserTask_Sleutel" camunda:assignee="${lijst[naam]}" camunda:candidateGroups="supervisor" />"""),
                bpmn("a method on a variable", "SequenceFlow_Methode", "expressies mogen geen methoden aanroepen (aanpak.getClass)", """
                        <bpmn:endEvent id="EndEvent_Einde" />
                        <bpmn:sequenceFlow id="SequenceFlow_Methode" sourceRef="StartEvent_Start" targetRef="EndEvent_Einde">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${aanpak.getClass() != null}</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>"""),
                bpmn("a function not allowed", "UserTask_Functie", "de functie S() is niet toegestaan", """
                        <bpmn:userTask id="UserTask_Functie" camunda:assignee="${S(data)}" camunda:candidateGroups="supervisor" />"""),
                bpmn("a timer computed by a bean", "Timer_Wacht", "expressies mogen geen methoden aanroepen (runtimeService.createProcessInstanceQuery)", """
                        <bpmn:intermediateCatchEvent id="TimerEvent_Wacht" name="Wachten">
                          <bpmn:timerEventDefinition id="Timer_Wacht"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${runtimeService.createProcessInstanceQuery()}</bpmn:timeDuration></bpmn:timerEventDefinition>
                        </bpmn:intermediateCatchEvent>"""),
                bpmn("a call activity passing the engine", "CallActivity_Door", "het engine-object execution is niet toegestaan", """
                        <bpmn:callActivity id="CallActivity_Door" calledElement="focusoverleg"><bpmn:extensionElements>
                          <camunda:in businessKey="#{execution.processBusinessKey}" />
                          <camunda:in sourceExpression="${execution.processInstance}" target="instantie" />
                        </bpmn:extensionElements></bpmn:callActivity>"""),
                bpmn("an invalid expression", "UserTask_Ongeldig", "geen geldige expressie", """
                        <bpmn:userTask id="UserTask_Ongeldig" camunda:assignee="${aanpak +}" camunda:candidateGroups="supervisor" />"""),
                bpmn("a Java class", "ServiceTask_Klasse", "Java-klassen zijn niet toegestaan", """
                        <bpmn:serviceTask id="ServiceTask_Klasse" camunda:class="org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior" />"""),
                bpmn("a listener class", "UserTask_Luisteraar", "Java-klassen zijn niet toegestaan", """
                        <bpmn:userTask id="UserTask_Luisteraar" camunda:candidateGroups="supervisor"><bpmn:extensionElements>
                          <camunda:taskListener event="create" class="nl.casusregie.casus.CasusAfsluitenDelegate" />
                        </bpmn:extensionElements></bpmn:userTask>"""),
                bpmn("a delegateExpression calling a method", "ServiceTask_Aanroep", "een delegateExpression is alleen de naam van een delegate of listener", """
                        <bpmn:serviceTask id="ServiceTask_Aanroep" camunda:delegateExpression="${casusAfsluiten.execute(execution)}" />"""),
                bpmn("a delegateExpression naming another bean", "ServiceTask_Dienst", "casusService is geen delegate of listener van casusregie", """
                        <bpmn:serviceTask id="ServiceTask_Dienst" camunda:delegateExpression="${casusService}" />"""),
                bpmn("a script task", "ScriptTask_Script", "scripts zijn niet toegestaan", """
                        <bpmn:scriptTask id="ScriptTask_Script" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"""),
                bpmn("a script in a listener", "StartEvent_Script", "scripts zijn niet toegestaan", """
                        <bpmn:startEvent id="StartEvent_Script"><bpmn:extensionElements>
                          <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">println 'x'</camunda:script></camunda:executionListener>
                        </bpmn:extensionElements></bpmn:startEvent>"""),
                bpmn("a script in an input mapping", "ServiceTask_Invoer", "scripts zijn niet toegestaan", """
                        <bpmn:serviceTask id="ServiceTask_Invoer" camunda:delegateExpression="${casusAfsluiten}"><bpmn:extensionElements><camunda:inputOutput>
                          <camunda:inputParameter name="x"><camunda:script scriptFormat="groovy" resource="deployment://x.groovy" /></camunda:inputParameter>
                        </camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"""),
                bpmn("a condition in a script language", "SequenceFlow_Script", "scripts zijn niet toegestaan (language=\"javascript\")", """
                        <bpmn:endEvent id="EndEvent_Einde" />
                        <bpmn:sequenceFlow id="SequenceFlow_Script" sourceRef="StartEvent_Start" targetRef="EndEvent_Einde">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>"""),
                bpmn("an external task", "ServiceTask_Extern", "externe taken en connectors (camunda:type) zijn niet toegestaan", """
                        <bpmn:serviceTask id="ServiceTask_Extern" camunda:type="external" camunda:topic="buiten" />"""),
                bpmn("a connector", "ServiceTask_Connector", "connectors zijn niet toegestaan", """
                        <bpmn:serviceTask id="ServiceTask_Connector"><bpmn:extensionElements>
                          <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                        </bpmn:extensionElements></bpmn:serviceTask>"""),
                bpmn("field injection", "ServiceTask_Veld", "veldinjectie (camunda:field) is niet toegestaan", """
                        <bpmn:serviceTask id="ServiceTask_Veld" camunda:delegateExpression="${casusAfsluiten}"><bpmn:extensionElements>
                          <camunda:field name="x" stringValue="y" />
                        </bpmn:extensionElements></bpmn:serviceTask>"""),
                bpmn("an embedded HTML form", "UserTask_Html", "camunda:formKey is niet toegestaan", """
                        <bpmn:userTask id="UserTask_Html" camunda:formKey="embedded:deployment:formulier.html" camunda:candidateGroups="supervisor" />"""),
                new Row("a decision in JavaScript", Map.of("guard.dmn", decision(
                        "<inputExpression id=\"InputExpression_Fase\" typeRef=\"integer\" expressionLanguage=\"javascript\"><text>fase</text></inputExpression>",
                        "<outputEntry id=\"OutputEntry_Een\"><text>\"BLIJVEN\"</text></outputEntry>")),
                        "guard.dmn", "InputExpression_Fase", "de expressietaal 'javascript' is niet toegestaan"),
                new Row("a decision calling a bean in JUEL", Map.of("guard.dmn", decision(
                        "<inputExpression id=\"InputExpression_Fase\" typeRef=\"integer\"><text>fase</text></inputExpression>",
                        "<outputEntry id=\"OutputEntry_Een\" expressionLanguage=\"juel\"><text>${casusRepository.findAll()}</text></outputEntry>")),
                        "guard.dmn", "OutputEntry_Een", "expressies mogen geen methoden aanroepen (casusRepository.findAll)"),
                new Row("a FEEL function calling Java", Map.of("guard.dmn", decision(
                        "<inputExpression id=\"InputExpression_Fase\" typeRef=\"integer\"><text>fase</text></inputExpression>",
                        "<outputEntry id=\"OutputEntry_Een\"><text>{f: function(x) external {java: {class: \"java.lang.System\", method signature: \"exit(int)\"}}, r: f(1)}.r</text></outputEntry>")),
                        "guard.dmn", "OutputEntry_Een", "FEEL-functies die Java aanroepen"),
                new Row("an HTML component", Map.of("guard.form", form("{\"type\": \"html\", \"content\": \"<img src=x>\", \"id\": \"Html_Iets\"}")),
                        "guard.form", "Html_Iets", "het formulieronderdeel 'html' is niet toegestaan"),
                new Row("an iframe", Map.of("guard.form", form("{\"type\": \"iframe\", \"url\": \"https://example.invalid\", \"id\": \"Iframe_Iets\", \"label\": \"Extern\"}")),
                        "guard.form", "Iframe_Iets (Extern)", "het formulieronderdeel 'iframe' is niet toegestaan"),
                new Row("a text block showing what was typed", Map.of("guard.form", form("{\"type\": \"text\", \"text\": \"Reden: {{triageReden}}\", \"id\": \"Text_Reden\"}")),
                        "guard.form", "Text_Reden", "een tekstblok toont alleen vaste tekst"),
                new Row("a text block with a FEEL expression", Map.of("guard.form", form("{\"type\": \"text\", \"text\": \"=triageReden\", \"id\": \"Text_Feel\"}")),
                        "guard.form", "Text_Feel", "een tekstblok toont alleen vaste tekst"),
                new Row("a text block with HTML", Map.of("guard.form", form("{\"type\": \"text\", \"text\": \"<img src=x onerror=alert(1)>\", \"id\": \"Text_Html\"}")),
                        "guard.form", "Text_Html", "een tekstblok mag geen HTML bevatten"),
                new Row("a JavaScript file", Map.of("aanval.js", "java.lang.System.exit(1)"), "aanval.js", null, ModelGuard.OTHER_FILES),
                new Row("a Groovy file", Map.of("aanval.groovy", "println 'x'"), "aanval.groovy", null, ModelGuard.OTHER_FILES),
                new Row("an HTML file", Map.of("formulier.html", "<script>alert(1)</script>"), "formulier.html", null, ModelGuard.OTHER_FILES),
                new Row("a good model with a bad file beside it", files("dmn/fase-overgang.dmn", "fase-overgang.dmn", "aanval.js"),
                        "aanval.js", null, ModelGuard.OTHER_FILES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @DisplayName("refused over the REST API as Modeler deploys: 400, in Dutch, naming file, element and reason, nothing deployed")
    void refusedOverRest(Row row) throws IOException {
        long deployments = repositoryService.createDeploymentQuery().count();
        long processes = repositoryService.createProcessDefinitionQuery().count();
        long decisions = repositoryService.createDecisionDefinitionQuery().count();

        ResponseEntity<String> response = deploy(row.name(), row.files());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        assertThat(body.path("message").asText())
                .startsWith("Het model is geweigerd; er is niets gedeployd.")
                .contains(row.file() + (row.element() == null ? ": " : ", " + row.element()))
                .contains(row.reason());
        assertThat(body.path("details").path(row.file()).path("errors")).as("the report per file, as Modeler shows it")
                .anySatisfy(error -> assertThat(error.path("message").asText()).contains(row.reason()));
        assertThat(repositoryService.createDeploymentQuery().count()).as("deployments").isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).as("process definitions").isEqualTo(processes);
        assertThat(repositoryService.createDecisionDefinitionQuery().count()).as("decision definitions").isEqualTo(decisions);
    }

    @Test
    @DisplayName("the Java API is guarded too: the reproduction is refused and nothing is deployed")
    void javaApiIsGuarded() {
        long deployments = repositoryService.createDeploymentQuery().count();
        String reproduction = (String) refused().findFirst().orElseThrow().files().get("guard.bpmn");

        assertThatThrownBy(() -> repositoryService.createDeployment().name("java-api")
                .addString("guard.bpmn", reproduction).deploy())
                .isInstanceOf(ModelRefusedException.class)
                .hasMessageContaining("guard.bpmn, ServiceTask_Beheerder (Beheerder worden): expressies mogen geen methoden aanroepen");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    @DisplayName("a refusal is logged once, at WARN, in one line, without the engine's error and stack trace")
    void refusalIsLoggedOnce(CapturedOutput output) {
        int start = output.getAll().length();
        deploy("log", Map.of("aanval.js", "x"));

        String log = output.getAll().substring(start);
        assertThat(log.lines().filter(line -> line.contains("geweigerd")))
                .singleElement().asString().contains("WARN").contains("aanval.js").contains(OWNER);
        assertThat(log).doesNotContain("ENGINE-16004").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("every model of bpmn/, dmn/ and forms/ passes, and a changed decision and case process deploy from Modeler")
    void ownModelsDeploy() throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        for (String folder : List.of("bpmn", "dmn", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.sorted().forEach(file -> all.put(file.getFileName().toString(), read(file)));
            }
        }
        assertThat(deploy("alle modellen", all).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, String> changedDecision = Map.of("fase-overgang.dmn",
                read(Path.of("dmn/fase-overgang.dmn")).replace("<decisionTable", "<!-- gewijzigd in Modeler -->\n    <decisionTable"));
        assertThat(deploy("gewijzigde tabel", changedDecision).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, String> changedCase = new LinkedHashMap<>();
        changedCase.put("zvh-casus.bpmn", read(Path.of("bpmn/zvh-casus.bpmn")).replace("<bpmn:process", "<!-- gewijzigd -->\n  <bpmn:process"));
        all.forEach((name, content) -> {
            if (name.endsWith(".form")) {
                changedCase.put(name, content);
            }
        });
        assertThat(deploy("gewijzigde casus", changedCase).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static Map<String, String> files(String source, String name, String other) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name, read(Path.of(source)).replace("<decisionTable", "<!-- ook -->\n    <decisionTable"));
        files.put(other, "java.lang.System.exit(1)");
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deployment as Camunda Modeler posts it, as the process owner. */
    private ResponseEntity<String> deploy(String name, Map<String, String> files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "guard " + name);
        body.add("deployment-source", "Camunda Modeler");
        files.forEach((file, content) -> body.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(OWNER, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }
}
