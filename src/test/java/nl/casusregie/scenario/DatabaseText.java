package nl.casusregie.scenario;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Searches every text and binary column of every table of the database, engine's and project's alike. */
public final class DatabaseText {

    private DatabaseText() {
    }

    /** The tables that hold the text anywhere, in a text column or a byte array (the engine's serialized values). */
    public static List<String> tablesContaining(DataSource dataSource, String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String schema = tables.getString("TABLE_SCHEM");
                    if ("INFORMATION_SCHEMA".equalsIgnoreCase(schema) || "pg_catalog".equals(schema)) {
                        continue;
                    }
                    String table = tables.getString("TABLE_NAME");
                    if (contains(connection, schema, table, text)) {
                        found.add(table.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(Connection connection, String schema, String table, String text) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select * from " + (schema == null ? "" : "\"" + schema + "\".") + "\"" + table + "\"")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    int type = rows.getMetaData().getColumnType(i);
                    String value = switch (type) {
                        case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                            byte[] bytes = rows.getBytes(i);
                            yield bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
                        }
                        default -> rows.getString(i);
                    };
                    if (value != null && value.contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
