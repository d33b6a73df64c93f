package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.casusregie.Fixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A referral answered 201 survives kill -9 on the embedded default database (file-based H2, as
 * application.yaml configures it): the application runs in a second JVM, is killed with SIGKILL
 * in the middle of a burst of referrals, and the database file is then opened and counted.
 */
class CrashDurabilityTest {

    private static final int SENDERS = 4;
    private static final int KILL_AFTER_ACKNOWLEDGED = 60;
    private static final Duration LONGEST_BURST = Duration.ofSeconds(20);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicReference<String> refused = new AtomicReference<>();

    @Test
    @DisplayName("no referral answered 201 is lost when the JVM is killed during a burst")
    void noAcknowledgedReferralIsLost(@TempDir Path directory) throws Exception {
        int port = SecondJvm.freePort();
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        AtomicBoolean bursting = new AtomicBoolean(true);
        // The working directory is the temporary one, so ./data/casusregie of the default URL lands there.
        try (SecondJvm jvm = SecondJvm.start("crash-durability", directory, Map.of("CASUSREGIE_PROFILES", "demo"),
                List.of("--server.port=" + port, "--camunda.bpm.job-execution.enabled=false"))) {
            jvm.awaitReady(port, Duration.ofSeconds(120));
            for (int i = 0; i < SENDERS; i++) {
                senders.submit(() -> {
                    while (bursting.get()) {
                        refer(port).ifPresent(acknowledged::add);
                    }
                });
            }
            Instant deadline = Instant.now().plus(LONGEST_BURST);
            while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            jvm.kill();
        } finally {
            bursting.set(false);
            senders.shutdown();
            senders.awaitTermination(15, TimeUnit.SECONDS);
        }

        Set<String> cases = stored(directory, "select nummer from casus");
        Set<String> instances = stored(directory,
                "select business_key_ from act_ru_execution where id_ = proc_inst_id_ and business_key_ is not null");
        long lostCases = acknowledged.stream().filter(nummer -> !cases.contains(nummer)).count();
        long lostInstances = acknowledged.stream().filter(nummer -> !instances.contains(nummer)).count();
        System.out.printf("Crash durability: acknowledged %d, lost %d cases and %d process instances;"
                        + " %d requests unanswered at the kill, %d cases stored%n",
                acknowledged.size(), lostCases, lostInstances, unanswered.get(), cases.size());

        assertThat(refused.get()).as("a referral answered other than 201").isNull();
        assertThat(acknowledged).as("referrals answered 201 before the kill").isNotEmpty();
        assertThat(unanswered.get()).as("requests cut off by the kill, so it hit the burst").isPositive();
        assertThat(lostCases).as("acknowledged cases lost").isZero();
        assertThat(lostInstances).as("acknowledged process instances lost").isZero();
    }

    /** Posts one referral as politie1: the case number if answered 201; counts what the kill cut off. */
    private Optional<String> refer(int port) {
        String naam = Fixture.uniek("Crash ");
        String body = """
                {"leden": [{"naam": "%s", "geboortedatum": "1979-02-11", "rol": "MOGELIJKE_PLEGER"},
                           {"naam": "Kind van %s", "leeftijd": 9, "rol": "KIND"}],
                 "geweldsvormen": ["FYSIEK"], "geweldHoofdreden": true, "patroonJaren": 3,
                 "leefgebieden": ["FINANCIEN", "HUISVESTING", "VERSLAVING"], "clientenGeinformeerd": true}"""
                .formatted(naam, naam);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/aanmeldingen"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("politie1:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                refused.compareAndSet(null, response.statusCode() + " " + response.body());
                return Optional.empty();
            }
            return Optional.of(json.readTree(response.body()).get("casusnummer").asText());
        } catch (IOException cutOff) {
            unanswered.incrementAndGet();
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Opens the killed application's H2 file directly and reads one column. */
    private static Set<String> stored(Path directory, String query) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("data").resolve("casusregie");
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            Set<String> values = new HashSet<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
