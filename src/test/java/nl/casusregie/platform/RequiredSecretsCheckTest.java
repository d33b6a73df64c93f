package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The start is refused without the secrets the profiles need, before anything touches the database. */
class RequiredSecretsCheckTest {

    private final RequiredSecretsCheck check = new RequiredSecretsCheck();

    /** The secrets' properties as application-postgres.yaml declares them. */
    private static MockEnvironment postgres() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "${CASUSREGIE_ADMIN_PASSWORD}")
                .withProperty("spring.datasource.password", "${CASUSREGIE_DB_PASSWORD}");
        environment.setActiveProfiles("postgres");
        return environment;
    }

    private List<String> missingVariables(MockEnvironment environment) {
        try {
            check.postProcessEnvironment(environment, new SpringApplication());
            return List.of();
        } catch (MissingSecretException refused) {
            return refused.missing().stream().map(RequiredSecret::variable).toList();
        }
    }

    @Test
    @DisplayName("profile postgres without its secrets names both variables")
    void postgresWithoutSecrets() {
        assertThat(missingVariables(postgres())).containsExactly("CASUSREGIE_ADMIN_PASSWORD", "CASUSREGIE_DB_PASSWORD");
        assertThatThrownBy(() -> check.postProcessEnvironment(postgres(), new SpringApplication()))
                .hasMessageContaining("CASUSREGIE_ADMIN_PASSWORD").hasMessageContaining("CASUSREGIE_DB_PASSWORD");
    }

    @Test
    @DisplayName("a blank secret counts as missing")
    void blankSecret() {
        assertThat(missingVariables(postgres().withProperty("CASUSREGIE_ADMIN_PASSWORD", "  ")
                .withProperty("CASUSREGIE_DB_PASSWORD", "geheim"))).containsExactly("CASUSREGIE_ADMIN_PASSWORD");
    }

    @Test
    @DisplayName("profile postgres starts with both secrets set")
    void postgresWithSecrets() {
        assertThat(missingVariables(postgres().withProperty("CASUSREGIE_ADMIN_PASSWORD", "beheerwachtwoord")
                .withProperty("CASUSREGIE_DB_PASSWORD", "geheim"))).isEmpty();
    }

    @Test
    @DisplayName("outside the demo profile the embedded database still needs an administrator password")
    void embeddedWithoutDemo() {
        MockEnvironment embedded = new MockEnvironment().withProperty("spring.datasource.password", "");
        embedded.setActiveProfiles("productie");
        assertThat(missingVariables(embedded)).containsExactly("CASUSREGIE_ADMIN_PASSWORD");
    }

    @Test
    @DisplayName("the demo profile starts with its known administrator password")
    void demo() {
        MockEnvironment demo = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "demo")
                .withProperty("spring.datasource.password", "");
        demo.setActiveProfiles("demo");
        assertThatCode(() -> check.postProcessEnvironment(demo, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the real application with profile postgres and no secrets stops at once, naming the variables, and creates nothing")
    void realStartIsRefused(@TempDir Path directory) throws Exception {
        // Pointed at an H2 file: had the check come after the engine, it would have created its tables there.
        Path database = directory.resolve("nichts");
        try (SecondJvm jvm = SecondJvm.start("startup-refused", directory,
                Map.of("CASUSREGIE_PROFILES", "postgres", "CASUSREGIE_DB_URL", "jdbc:h2:file:" + database),
                List.of("--server.port=0"))) {
            assertThat(jvm.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(jvm.output()).contains("APPLICATION FAILED TO START")
                    .contains("CASUSREGIE_ADMIN_PASSWORD").contains("CASUSREGIE_DB_PASSWORD")
                    .doesNotContain("HikariPool").doesNotContain("ENGINE-");
        }
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }
}
