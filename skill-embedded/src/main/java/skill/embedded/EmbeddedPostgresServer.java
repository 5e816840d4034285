package skill.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A PostgreSQL server run from binaries bundled in a jar (zonky), as a child process of this JVM. */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    // initdb creates this superuser with "trust" authentication, so any password is accepted.
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    // Restricting names lets them go unquoted into SQL and into the JDBC URL.
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param port    port on localhost, or 0 to pick a free one
     * @param dataDir cluster directory (initialised on first use, reused afterwards), or null for a
     *                temporary directory that is deleted on {@link #close()}
     */
    public static EmbeddedPostgresServer start(int port, Path dataDir) {
        long startNanos = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
        if (dataDir != null) {
            // zonky runs with fsync off for speed; data meant to survive must survive a power cut too.
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false).setServerConfig("fsync", "on");
        }
        try {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            LOG.info("Embedded PostgreSQL started at {} in {} ms",
                server.jdbcUrl(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** URL of the default "postgres" database. */
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Creates the database unless it exists; names must be lower-case identifiers ({@code [a-z][a-z0-9_]*}). */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USERNAME, PASSWORD);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (exists.executeQuery().next()) {
                return;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            // Another caller may have created it between the check and the CREATE.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + name, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
