package nl.casusregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A user logged in to the web apps as Tasklist does it: a session cookie and the CSRF token it needs. */
public final class TasklistSession {

    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private TasklistSession(TestRestTemplate http) {
        this.http = http;
    }

    public static TasklistSession login(TestRestTemplate http, String user) {
        TasklistSession session = new TasklistSession(http);
        session.keep(http.getForEntity("/camunda/app/tasklist/", String.class));
        HttpHeaders form = session.headers();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>("username=" + user + "&password=demo", form), String.class);
        assertThat(login.getStatusCode().is2xxSuccessful()).as("login: %s", login.getBody()).isTrue();
        session.keep(login);
        // The session changed at login: its CSRF token comes with the next GET, as for Tasklist.
        ResponseEntity<String> engines = session.exchange(HttpMethod.GET, "/camunda/api/engine/engine/", null, session.headers());
        String token = engines.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            session.cookies.put("XSRF-TOKEN", token);
        }
        return session;
    }

    /** The session's cookies and CSRF header, as Tasklist sends them. */
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.put(HttpHeaders.COOKIE, List.of(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "))));
        headers.set("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
        return headers;
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String body, HttpHeaders headers) {
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        keep(response);
        return response;
    }

    private void keep(ResponseEntity<String> response) {
        response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(cookie -> cookie.split(";", 2)[0].split("=", 2))
                .forEach(pair -> cookies.put(pair[0], pair.length > 1 ? pair[1] : ""));
    }
}
