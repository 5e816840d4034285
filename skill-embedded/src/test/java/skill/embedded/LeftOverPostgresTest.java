package skill.embedded;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A PostgreSQL server outlives the JVM that started it when that JVM is killed: its watchdog stops it,
 * and a new start on the same data directory stops one the watchdog did not (yet).
 */
class LeftOverPostgresTest {
    private static final Duration START = Duration.ofSeconds(90);
    private Process jvm;

    @AfterEach
    void killTheOtherJvm() {
        if (jvm != null) {
            jvm.destroyForcibly();
        }
    }

    @Test
    void aStartStopsTheServerAKilledJvmLeftRunningAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        jvm = startInAnotherJvm(dataDir, dir.resolve("jvm.log"));
        ProcessHandle server = Postmaster.of(dataDir).orElseThrow();

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(0, dataDir))
                .hasMessageContaining("Could not start embedded PostgreSQL in " + dataDir)
                .hasMessageContaining("another running process uses the data directory")
                .hasMessageContaining("PID " + server.pid());

        // The worst case: the watchdog dies with its JVM, so nothing stops the server but the next start.
        jvm.descendants().forEach(watchdog -> {
            watchdog.destroyForcibly();
            watchdog.onExit().join(); // gone before its JVM, or it would see the pipe close
        });
        jvm.destroyForcibly().waitFor();
        assertThat(server.isAlive()).isTrue();

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(0, dataDir)) {
            assertThat(server.isAlive()).isFalse();
            try (Connection c = DriverManager.getConnection(restarted.jdbcUrl("kept"), restarted.username(), restarted.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void theWatchdogStopsTheServerWhenItsJvmIsKilled(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        jvm = startInAnotherJvm(dataDir, dir.resolve("jvm.log"));
        ProcessHandle server = Postmaster.of(dataDir).orElseThrow();

        jvm.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
        assertThat(Postmaster.of(dataDir)).isEmpty();
    }

    @Test
    void aStartThatFailsSaysWhyWhereAndWhatToDo(@TempDir Path dir) throws IOException {
        Path dataDir = Files.createDirectories(dir.resolve("postgres"));
        Files.writeString(dataDir.resolve("notes.txt"), "not a database cluster");

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(0, dataDir))
                .hasMessageContaining("Could not start embedded PostgreSQL in " + dataDir + ": ")
                .hasMessageContaining("initdb")
                .hasMessageContaining("exists but is not empty")
                .hasMessageContaining("PostgreSQL's log " + dir.resolve("postgres.log") + " ends:")
                .hasMessageContaining("fix the cause and start again");
    }

    /** Returns once the other JVM's server answers. */
    private static Process startInAnotherJvm(Path dataDir, Path log) throws IOException {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresInAnotherJvm.class.getName(), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(START).until(() -> !other.isAlive() || Files.readString(log).contains(PostgresInAnotherJvm.STARTED));
        assertThat(other.isAlive()).as("the other JVM, see %s", log).isTrue();
        return other;
    }
}
