package skill.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A PostgreSQL server run from binaries bundled in a jar (zonky), as a process of its own that a
 * watchdog stops when this JVM dies (see {@link Postmaster}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    // initdb creates this superuser with "trust" authentication, so any password is accepted.
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    // Restricting names lets them go unquoted into SQL and into the JDBC URL.
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    // Crash recovery of a large cluster on a busy machine can take longer than zonky's 10 s.
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration LEFT_OVER_STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_LINES_IN_FAILURE = 8;

    private final EmbeddedPostgres postgres;
    private final Process watchdog; // null where none could start

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Process watchdog) {
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    /**
     * @param port    port on localhost, or 0 to pick a free one
     * @param dataDir cluster directory (initialised on first use, reused afterwards; its server log goes to
     *                {@code <dataDir>.log} beside it), or null for a temporary directory that is deleted on
     *                {@link #close()}. A server a killed process left running there is stopped first.
     * @throws IllegalStateException saying why, with the end of the server log, when the server does not start
     */
    public static EmbeddedPostgresServer start(int port, Path dataDir) {
        long startNanos = System.nanoTime();
        try {
            Path dir = dataDir != null ? dataDir : Files.createTempDirectory("skill-postgres-");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir);
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                Postmaster.stopLeftOver(dataDir, LEFT_OVER_STOP_TIMEOUT);
                // zonky runs with fsync off for speed; data meant to survive must survive a power cut too.
                builder.setCleanDataDirectory(false).setServerConfig("fsync", "on")
                        .setPGStartupWait(STARTUP_WAIT)
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log(dataDir).toFile()));
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, watchdog(dir));
            LOG.info("Embedded PostgreSQL started at {} in {} ms",
                server.jdbcUrl(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return server;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(failure(dataDir, e), e);
        }
    }

    /**
     * Stops the server if this JVM dies without closing it. Where none can run (no {@code sh}, a server not
     * recognised), a killed JVM leaves its server to the next start on the data directory: null, and a warning.
     */
    private static Process watchdog(Path dataDir) {
        try {
            Optional<ProcessHandle> server = Postmaster.of(dataDir);
            if (server.isPresent()) {
                return Postmaster.watchdog(server.get());
            }
            LOG.warn("No watchdog for PostgreSQL in {}: its postmaster.pid names no postgres process", dataDir);
        } catch (IOException e) {
            LOG.warn("No watchdog for PostgreSQL in {}: {}", dataDir, e.getMessage());
        }
        return null;
    }

    /** What failed and why: the causes' messages, the end of the server log, and what to do. */
    private static String failure(Path dataDir, Exception e) {
        StringBuilder text = new StringBuilder("Could not start embedded PostgreSQL");
        if (dataDir != null) {
            text.append(" in ").append(dataDir);
        }
        String previous = "";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName());
            if (!previous.contains(message)) { // wrappers often repeat their cause's message
                text.append(": ").append(message);
            }
            previous = message;
        }
        if (dataDir != null) {
            text.append(". PostgreSQL's log ").append(log(dataDir)).append(" ends:\n").append(tail(log(dataDir)))
                    .append("The data directory is left as it was: fix the cause and start again.");
        }
        return text.toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_FAILURE), lines.size()).stream()
                    .map(line -> "  " + line + "\n").collect(Collectors.joining());
        } catch (IOException e) {
            return "  (unreadable: " + e.getMessage() + ")\n";
        }
    }

    private static Path log(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
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
        if (watchdog != null) {
            watchdog.destroy(); // before the server stops, or it would signal a PID that may be reused
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
