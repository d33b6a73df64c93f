package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.casusregie.Fixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timers and waiting messages survive a restart of the application: a first JVM brings cases to
 * the point where each waits for its meeting's start (a timer) and for the chair's message that
 * ends case direction, and is killed with SIGKILL. The meetings' start then passes while it is
 * down (their due dates are moved into the past in the database, as the clock would). A second
 * JVM starts on the same database with its job executor on: every due timer runs exactly once,
 * and a waiting message is still received. It is stopped, a third JVM starts, and nothing runs
 * twice. Everything is driven over HTTP as the demo users would; the database is only read,
 * except for the due dates. Subclasses give the database (the embedded default and PostgreSQL).
 */
abstract class RestartDurability {

    private static final int CASES = 5;
    private static final String TIMER = "BoundaryEvent_OverlegBegint";
    private static final String MEETING = "UserTask_OverlegVastleggen";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;

    /** The environment that points the application at the database. */
    abstract Map<String, String> environment(Path directory);

    /** A connection to the database while no application runs on it. */
    abstract Connection connect(Path directory) throws SQLException;

    @Test
    @DisplayName("after kill -9 and two restarts every due timer has run exactly once and a waiting message is still received")
    void timersRunOnceAcrossRestarts(@TempDir Path directory) throws Exception {
        List<String> cases = new ArrayList<>();
        try (SecondJvm first = start("herstart-1", directory, false)) {
            for (int i = 0; i < CASES; i++) {
                cases.add(caseWaitingForItsMeeting());
            }
            first.kill();
        }
        assertThat(count(directory, "select count(*) from act_ru_job where handler_cfg_ like ?", "%" + TIMER + "%"))
                .as("the meetings' timers, stored before the kill").isEqualTo(CASES);
        update(directory, "update act_ru_job set duedate_ = ? where handler_cfg_ like ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), "%" + TIMER + "%");

        String endedDirection = cases.get(0);
        try (SecondJvm second = start("herstart-2", directory, true)) {
            await(() -> cases.stream().allMatch(nummer -> meetingTasks(nummer) == 1), Duration.ofSeconds(90));
            post("procesregisseur1", "/api/casussen/" + endedDirection + "/casusregie-beeindigd", "{}");
            assertThat(tasks("procesregisseur1", endedDirection, "UserTask_CasusregieOverdragen")).as("the message after the restart")
                    .isEqualTo(1);
            second.stop();
        }
        long firedAfterSecond = timerRuns(directory);

        try (SecondJvm third = start("herstart-3", directory, true)) {
            // Longer than the job executor's acquisition interval, so anything due would have run.
            Thread.sleep(Duration.ofSeconds(15).toMillis());
            assertThat(cases).allSatisfy(nummer -> assertThat(meetingTasks(nummer)).as(nummer).isEqualTo(1));
            third.stop();
        }
        long firedAfterThird = timerRuns(directory);
        long jobsLeft = count(directory, "select count(*) from act_ru_job where handler_cfg_ like ?", "%" + TIMER + "%");
        long incidents = count(directory, "select count(*) from act_ru_incident where id_ is not null");
        System.out.printf("Restart durability: %d cases, meeting timers run %d times after the first restart and %d after"
                + " the second, %d left, %d incidents%n", CASES, firedAfterSecond, firedAfterThird, jobsLeft, incidents);

        assertThat(firedAfterSecond).as("each due timer ran once").isEqualTo(CASES);
        assertThat(firedAfterThird).as("nothing ran again after the second restart").isEqualTo(CASES);
        assertThat(jobsLeft).isZero();
        assertThat(incidents).isZero();
        assertThat(count(directory, "select count(*) from casus where nummer like ?", "ZVH-%"))
                .as("no case lost").isGreaterThanOrEqualTo(CASES);
    }

    private SecondJvm start(String name, Path directory, boolean jobs) throws Exception {
        port = SecondJvm.freePort();
        SecondJvm jvm = SecondJvm.start(name, directory, environment(directory),
                List.of("--server.port=" + port, "--camunda.bpm.job-execution.enabled=" + jobs));
        jvm.awaitReady(port, Duration.ofSeconds(120));
        return jvm;
    }

    /** Referral, triage, case director, preparation, plan and composition: the round waits for contributions until its start. */
    private String caseWaitingForItsMeeting() throws Exception {
        String naam = Fixture.uniek("Herstart ");
        String nummer = json.readTree(post("politie1", "/api/aanmeldingen", """
                {"leden": [{"naam": "%s", "geboortedatum": "1979-02-11", "rol": "MOGELIJKE_PLEGER"},
                           {"naam": "Kind van %s", "leeftijd": 9, "rol": "KIND"}],
                 "geweldsvormen": ["FYSIEK"], "geweldHoofdreden": true, "patroonJaren": 3,
                 "leefgebieden": ["FINANCIEN", "HUISVESTING", "VERSLAVING"], "clientenGeinformeerd": true}"""
                .formatted(naam, naam))).get("casusnummer").asText();
        submit("procesregisseur1", nummer, "UserTask_TriageBesluiten",
                "{\"aanpak\":{\"value\":\"MDA++\"},\"triageReden\":{\"value\":\"Zoals geadviseerd\"}}");
        submit("procesregisseur1", nummer, "UserTask_CasusregieToewijzen", "{\"casusregisseur\":{\"value\":\"casusregisseur1\"}}");
        submit("casusregisseur1", nummer, "UserTask_ClientenVoorbereiden",
                "{\"wensenClienten\":{\"value\":\"Rust\"},\"deelnameClienten\":{\"value\":\"NEE\"}}");
        String partners = "{\"value\":\"[\\\"veiligthuis\\\"]\",\"type\":\"Json\"}";
        submit("procesregisseur1", nummer, "UserTask_OverlegPlannen", "{\"datum\":{\"value\":\"%s\"},\"omNodig\":{\"value\":false},"
                .formatted(LocalDate.now().plusDays(7)) + "\"stalkingOfTerreur\":{\"value\":false},\"uitgenodigdePartners\":" + partners + "}");
        submit("procesregisseur1", nummer, "UserTask_OpzetBevestigen", "{\"uitgenodigdePartners\":" + partners + "}");
        return nummer;
    }

    private void submit(String user, String nummer, String taskKey, String variables) throws Exception {
        JsonNode tasks = json.readTree(get(user, "/engine-rest/task?processInstanceBusinessKey=" + nummer
                + "&taskDefinitionKey=" + taskKey));
        assertThat(tasks).as("%s of %s for %s", taskKey, nummer, user).hasSize(1);
        String id = tasks.get(0).get("id").asText();
        post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}");
        post(user, "/engine-rest/task/" + id + "/submit-form", "{\"variables\":" + variables + "}");
    }

    private long meetingTasks(String nummer) {
        return tasks("procesregisseur1", nummer, MEETING);
    }

    private long tasks(String user, String nummer, String taskKey) {
        try {
            return json.readTree(get(user, "/engine-rest/task/count?processInstanceBusinessKey=" + nummer
                    + "&taskDefinitionKey=" + taskKey)).get("count").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often the meetings' start has happened, as the engine's history records it. */
    private long timerRuns(Path directory) throws SQLException {
        return count(directory, "select count(*) from act_hi_actinst where act_id_ = ?", TIMER);
    }

    private String get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    private String post(String user, String path, String body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), -1);
    }

    /** Sends as the user; any answer other than 2xx fails the test with what the application said. */
    private String send(String user, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", user, response.uri(), response.body())
                .isBetween(200, 299);
        if (expected > 0) {
            assertThat(response.statusCode()).isEqualTo(expected);
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long count(Path directory, String query, Object... parameters) throws SQLException {
        try (Connection connection = connect(directory); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void update(Path directory, String statement, Object... parameters) throws SQLException {
        try (Connection connection = connect(directory); PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(500);
        }
    }
}
