package nl.casusregie.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Works tasks over the engine's REST API the way Tasklist does: list a user's tasks, load the
 * Camunda Form and its variables, claim, submit the form. Every call authenticates as the user.
 */
class TasklistClient {

    static final String PASSWORD = "demo";

    private final TestRestTemplate http;

    TasklistClient(TestRestTemplate http) {
        this.http = http;
    }

    List<Map<String, Object>> tasks(String user, String businessKey) {
        return http.withBasicAuth(user, PASSWORD).exchange(
                "/engine-rest/task?processInstanceBusinessKey={bk}&withCandidateGroups=false", HttpMethod.GET, null,
                new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }, businessKey)
                .getBody();
    }

    /** The one task of the case by that name this user can see (beside, say, an agreement's); checks that its form and variables load. */
    Map<String, Object> openTask(String user, String businessKey, String expectedName) {
        List<Map<String, Object>> tasks = tasks(user, businessKey).stream().filter(t -> expectedName.equals(t.get("name"))).toList();
        assertThat(tasks).as("tasks of %s for %s named %s", user, businessKey, expectedName).hasSize(1);
        Map<String, Object> task = tasks.get(0);
        ResponseEntity<String> form = http.withBasicAuth(user, PASSWORD)
                .getForEntity("/engine-rest/task/{id}/deployed-form", String.class, task.get("id"));
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("\"id\": \"" + ((Map<?, ?>) task.get("camundaFormRef")).get("key") + "\"");
        return task;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> formVariable(String user, Map<String, Object> task, String name) {
        Map<String, Object> variables = http.withBasicAuth(user, PASSWORD)
                .getForObject("/engine-rest/task/{id}/form-variables", Map.class, task.get("id"));
        return (Map<String, Object>) variables.get(name);
    }

    /** Claims and submits, as Tasklist does; form rows and lists go as JSON variables. */
    void submit(String user, Map<String, Object> task, Map<String, Object> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var asUser = http.withBasicAuth(user, PASSWORD);
        ResponseEntity<String> claim = asUser.postForEntity("/engine-rest/task/{id}/claim",
                new HttpEntity<>(Map.of("userId", user), headers), String.class, task.get("id"));
        assertThat(claim.getStatusCode().is2xxSuccessful()).as("claim: %s", claim.getBody()).isTrue();
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof String json && json.matches("(?s)^[\\[{].*")
                ? Map.of("value", json, "type", "Json") : Map.of("value", value)));
        ResponseEntity<String> response = asUser.postForEntity("/engine-rest/task/{id}/submit-form",
                new HttpEntity<>(Map.of("variables", variables), headers), String.class, task.get("id"));
        assertThat(response.getStatusCode().is2xxSuccessful()).as("submit: %s", response.getBody()).isTrue();
    }

    /** Submitting invalid input answers 400 with the message, and leaves the task open. */
    String submitRefused(String user, Map<String, Object> task, Map<String, Object> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).postForEntity(
                "/engine-rest/task/{id}/submit-form", new HttpEntity<>(Map.of("variables", variables), headers),
                String.class, task.get("id"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return response.getBody();
    }
}
