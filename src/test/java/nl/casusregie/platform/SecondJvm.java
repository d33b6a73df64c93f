package nl.casusregie.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.casusregie.CasusregieApplication;

/**
 * The application in a JVM of its own, on the test's classpath, so a test can watch it refuse to
 * start or kill it like an operating system would. Its output goes to a log file under target/;
 * {@link #close()} always kills it.
 */
final class SecondJvm implements AutoCloseable {

    private final Process process;
    private final Path log;

    private SecondJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the application in {@code workingDirectory} with the given environment variables
     * (every CASUSREGIE_ variable of the test's own environment is left out) and arguments.
     */
    static SecondJvm start(String name, Path workingDirectory, Map<String, String> environment, List<String> arguments)
            throws IOException {
        Path log = Path.of("target", "second-jvm", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                CasusregieApplication.class.getName(),
                // /actuator/health/readiness: UP only once the start-up runners (demo users) are done.
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("CASUSREGIE_"));
        // The classpath travels in the environment: the command line stays short and readable in ps.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().putAll(environment);
        return new SecondJvm(builder.start(), log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until /actuator/health/readiness answers UP; fails early when the JVM ends. Plain
     * /actuator/health is UP before the application runners have created the demo users.
     */
    void awaitReady(int port, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second JVM ended with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The second JVM was not ready within " + timeout + "; see " + log);
    }

    /** Waits for the JVM to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The second JVM did not end within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    /** SIGTERM on Linux: Spring closes the application as an operator's stop would. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
