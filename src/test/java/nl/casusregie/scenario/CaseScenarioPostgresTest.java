package nl.casusregie.scenario;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case scenario on PostgreSQL, the production database. .ci/run starts PostgreSQL and
 * sets CASUSREGIE_TEST_PG_URL; the pom runs this class in a JVM of its own, so its engine
 * never meets the H2 one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "pgtest"})
@EnabledIfEnvironmentVariable(named = "CASUSREGIE_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class CaseScenarioPostgresTest extends CaseScenario {
}
