package skill.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddedPostgresServerTest {
    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void startServer() {
        postgres = EmbeddedPostgresServer.start(0, null);
    }

    @AfterAll
    static void stopServer() {
        postgres.close();
    }

    @Test
    void roundTripsThroughTheDefaultDatabase() throws SQLException {
        execute(postgres, postgres.jdbcUrl(), "CREATE TABLE greeting (text varchar NOT NULL)");
        execute(postgres, postgres.jdbcUrl(), "INSERT INTO greeting VALUES ('hello')");
        assertEquals("hello", queryString(postgres, postgres.jdbcUrl(), "SELECT text FROM greeting"));
    }

    @Test
    void createsDatabasesIdempotently() throws SQLException {
        postgres.createDatabase("skill_test");
        postgres.createDatabase("skill_test");
        assertEquals("skill_test", queryString(postgres, postgres.jdbcUrl("skill_test"), "SELECT current_database()"));
    }

    @Test
    void rejectsNamesThatWouldNeedQuoting() {
        assertThrows(IllegalArgumentException.class, () -> postgres.createDatabase("x; DROP DATABASE postgres"));
    }

    @Test
    void keepsDataAcrossRestartsInAGivenDataDir(@TempDir Path dir) throws SQLException {
        Path dataDir = dir.resolve("postgres"); // its log goes beside it
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(0, dataDir)) {
            first.createDatabase("durable");
            execute(first, first.jdbcUrl("durable"), "CREATE TABLE kept AS SELECT 42 AS answer");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(0, dataDir)) {
            assertEquals("42", queryString(second, second.jdbcUrl("durable"), "SELECT answer FROM kept"));
        }
    }

    private static void execute(EmbeddedPostgresServer server, String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(EmbeddedPostgresServer server, String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
