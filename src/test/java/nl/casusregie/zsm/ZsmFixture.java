package nl.casusregie.zsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casusregie.Fixture;
import nl.casusregie.agenda.AgendaService;
import nl.casusregie.agenda.Agendapunt;
import nl.casusregie.agenda.Tafel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Test helper: a ZSM case put forward over the API, brought to its session on the engine's clock, and decided. */
@Component
public class ZsmFixture {

    /** Lazily: the application started without a test web environment (a second JVM) has no TestRestTemplate. */
    private final ObjectProvider<TestRestTemplate> http;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Fixture fixture;
    private final AgendaService agenda;

    public ZsmFixture(ObjectProvider<TestRestTemplate> http, RuntimeService runtimeService, TaskService taskService,
                      Fixture fixture, AgendaService agenda) {
        this.http = http;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.fixture = fixture;
        this.agenda = agenda;
    }

    /** A case put forward by police over the API (a father, a child of nine), now waiting for its session. */
    public ProcessInstance ingebracht(String achternaam) {
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> antwoord = http.getObject().withBasicAuth("politie1", "demo").postForEntity("/api/zsm-verdiepingen",
                ZsmVerdiepingProcessTest.inbreng(achternaam, LocalDate.now().minusYears(9)), Map.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ZsmVerdieping.PROCESS_KEY)
                .processInstanceBusinessKey((String) antwoord.getBody().get("nummer")).singleResult();
    }

    public Agendapunt punt(ProcessInstance zaak) {
        return agenda.openPunt(Tafel.ZSM_VERDIEPING, Fixture.HUIS, zaak.getBusinessKey()).orElseThrow();
    }

    /** Moves the engine's clock to that moment and runs the instance's due jobs, as the job executor would. */
    public void klokNaar(ProcessInstance instance, LocalDateTime moment) {
        fixture.klokNaar(instance, moment);
    }

    public List<Task> tasks(ProcessInstance instance, String element) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element).list();
    }

    /** The session has begun: the officer's one task. */
    public Task sessieTaak(ProcessInstance zaak) {
        klokNaar(zaak, punt(zaak).sessieBegin());
        List<Task> sessie = tasks(zaak, ZsmVerdieping.Element.VERDIEPINGSOVERLEG);
        assertThat(sessie).hasSize(1);
        return sessie.get(0);
    }

    /** The session's form: the board as case owner, a shared interpretation, these partners still worried, the decision. */
    public static Map<String, Object> besluit(String besluit, List<String> zorgen) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("regiehouder", "rvdk");
        vars.put("interpretatie", "Veiligheid kind niet geborgd; vader erkent weinig");
        vars.put("zorgenBlijven", org.camunda.spin.Spin.JSON(zorgen.isEmpty() ? "[]"
                : "[\"" + String.join("\",\"", zorgen) + "\"]"));
        vars.put("officierBesluit", besluit);
        return vars;
    }

    /** A conditional dismissal as the session's form gives it: twelve months under probation supervision, both accept help. */
    public static Map<String, Object> voorwaardelijkSepot() {
        Map<String, Object> vars = besluit("VOORWAARDELIJK_SEPOT", List.of());
        vars.put("duurMaanden", 12L);
        vars.put("toezichthouder", "reclassering");
        vars.put("risico", "MIDDEN");
        vars.put("voorwaarde1", org.camunda.spin.Spin.JSON(
                "{\"voorwaardeSoort\":\"MEEWERKEN_HULPVERLENING\",\"omschrijving\":\"Vader en moeder aanvaarden beiden hulp\"}"));
        return vars;
    }
}
