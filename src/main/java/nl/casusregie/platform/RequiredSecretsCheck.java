package nl.casusregie.platform;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start when a secret the active profiles need is missing or blank. Without this
 * check the engine stored the placeholder's own text as the administrator's password.
 *
 * <p>An environment post-processor (registered in {@code META-INF/spring.factories}) runs once
 * the profiles and every property source are known, and before the application context exists:
 * no data source, engine or Flyway has touched the database yet. Bean validation of a
 * {@code @ConfigurationProperties} class would fail only when that bean is created, in no fixed
 * order with the engine. {@link MissingSecretFailureAnalyzer} turns the refusal into Spring
 * Boot's "APPLICATION FAILED TO START" report.
 *
 * <p>The demo profile passes because it sets its known administrator password itself.
 */
public class RequiredSecretsCheck implements EnvironmentPostProcessor, Ordered {

    static final List<RequiredSecret> SECRETS = List.of(
            new RequiredSecret("CASUSREGIE_ADMIN_PASSWORD", "camunda.bpm.admin-user.password",
                    "the password of the first administrator", profiles -> true),
            new RequiredSecret("CASUSREGIE_DB_PASSWORD", "spring.datasource.password",
                    "the password of the PostgreSQL user", Profiles.of("postgres")));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<RequiredSecret> missing = SECRETS.stream()
                .filter(secret -> environment.acceptsProfiles(secret.requiredIn()))
                .filter(secret -> secret.isMissingFrom(environment))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingSecretException(missing);
        }
    }

    /** After Spring Boot's own post-processors, so application*.yaml and the profiles are loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
