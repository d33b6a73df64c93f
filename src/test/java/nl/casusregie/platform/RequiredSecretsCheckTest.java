package nl.casusregie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/** The start is refused without the secrets the profiles need, before anything touches the database. */
class RequiredSecretsCheckTest {

    private final RequiredSecretsCheck check = new RequiredSecretsCheck();

    /**
     * The application's own application.yaml and profile files, as Spring Boot layers them (a
     * later profile wins), under the given environment variables.
     */
    private static MockEnvironment environment(Map<String, Object> variables, String... profiles) throws IOException {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        MutablePropertySources sources = environment.getPropertySources();
        sources.addLast(new MapPropertySource("variables", variables));
        for (int i = profiles.length - 1; i >= 0; i--) {
            yaml("application-" + profiles[i] + ".yaml").forEach(sources::addLast);
        }
        yaml("application.yaml").forEach(sources::addLast);
        return environment;
    }

    private static List<PropertySource<?>> yaml(String name) throws IOException {
        ClassPathResource resource = new ClassPathResource(name);
        return resource.exists() ? new YamlPropertySourceLoader().load(name, resource) : List.of();
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
    void postgresWithoutSecrets() throws IOException {
        assertThat(missingVariables(environment(Map.of(), "postgres")))
                .containsExactly("CASUSREGIE_ADMIN_PASSWORD", "CASUSREGIE_DB_PASSWORD");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "postgres"), new SpringApplication()))
                .hasMessageContaining("CASUSREGIE_ADMIN_PASSWORD").hasMessageContaining("CASUSREGIE_DB_PASSWORD");
    }

    @Test
    @DisplayName("a blank secret counts as missing")
    void blankSecret() throws IOException {
        assertThat(missingVariables(environment(Map.of("CASUSREGIE_ADMIN_PASSWORD", "  ", "CASUSREGIE_DB_PASSWORD", "geheim"),
                "postgres"))).containsExactly("CASUSREGIE_ADMIN_PASSWORD");
    }

    @Test
    @DisplayName("profile postgres starts with both secrets set")
    void postgresWithSecrets() throws IOException {
        assertThat(missingVariables(environment(
                Map.of("CASUSREGIE_ADMIN_PASSWORD", "beheerwachtwoord", "CASUSREGIE_DB_PASSWORD", "geheim"), "postgres")))
                .isEmpty();
    }

    @Test
    @DisplayName("outside the demo profile the embedded database needs an administrator password, and takes it from the variable")
    void embeddedWithoutDemo() throws IOException {
        assertThat(missingVariables(environment(Map.of(), "productie"))).containsExactly("CASUSREGIE_ADMIN_PASSWORD");
        MockEnvironment withPassword = environment(Map.of("CASUSREGIE_ADMIN_PASSWORD", "beheerwachtwoord"), "productie");
        assertThat(missingVariables(withPassword)).isEmpty();
        assertThat(withPassword.getProperty("camunda.bpm.admin-user.password")).isEqualTo("beheerwachtwoord");
    }

    @Test
    @DisplayName("the demo profile starts with its known administrator password")
    void demo() throws IOException {
        MockEnvironment demo = environment(Map.of(), "demo");
        assertThatCode(() -> check.postProcessEnvironment(demo, new SpringApplication())).doesNotThrowAnyException();
        assertThat(demo.getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
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
