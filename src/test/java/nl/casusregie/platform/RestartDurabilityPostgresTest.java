package nl.casusregie.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Restart durability on PostgreSQL, the production database: a database of its own
 * (CASUSREGIE_TEST_PG_HERSTART_URL, created by .ci/run), emptied before the run.
 */
@EnabledIfEnvironmentVariable(named = "CASUSREGIE_TEST_PG_HERSTART_URL", matches = "jdbc:postgresql:.+")
class RestartDurabilityPostgresTest extends RestartDurability {

    private static final String URL = System.getenv("CASUSREGIE_TEST_PG_HERSTART_URL");
    private static final String USER = System.getenv("CASUSREGIE_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("CASUSREGIE_TEST_PG_PASSWORD");

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection connection = connect(null); Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
    }

    @Override
    Map<String, String> environment(Path directory) {
        return Map.of("CASUSREGIE_PROFILES", "demo,postgres", "CASUSREGIE_DB_URL", URL, "CASUSREGIE_DB_USER", USER,
                "CASUSREGIE_DB_PASSWORD", PASSWORD);
    }

    @Override
    Connection connect(Path directory) throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
