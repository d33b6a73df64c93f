package nl.casusregie.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Restart durability on the embedded default: file-based H2 under the working directory's ./data. */
class RestartDurabilityH2Test extends RestartDurability {

    @Override
    Map<String, String> environment(Path directory) {
        return Map.of("CASUSREGIE_PROFILES", "demo");
    }

    @Override
    Connection connect(Path directory) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data").resolve("casusregie")
                + ";IFEXISTS=TRUE", "sa", "");
    }
}
