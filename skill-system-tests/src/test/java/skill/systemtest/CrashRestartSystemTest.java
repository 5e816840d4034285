package skill.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.core.Topics;
import skill.core.model.MatchFact;
import skill.importer.synthetic.SeasonGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-command system ({@code skill.jar run --data-dir D}) killed with SIGKILL while facts stream in
 * and started again at once on the same D, as a laptop user or a process supervisor would: its
 * embedded PostgreSQL is not a child of the killed JVM and outlives it for a moment, holding D, and the
 * in-process broker's log dir lock must be free again.
 */
class CrashRestartSystemTest {
    private static final Duration UP = Duration.ofMinutes(2);
    /** A quarter of a generated matchday at a live rate: the feed lasts through the kill and the restart. */
    private static final int FACTS = 3_000;
    private static final int RATE = 300;

    @TempDir
    Path dir;

    @Test
    void runKilledWhileFactsStreamInComesBackHealthyAtOnceWithEveryFact() throws Exception {
        Path logDir = Files.createDirectories(Path.of("target", "system-tests", "crash-restart"));
        Path data = dir.resolve("data");
        int kafkaPort = Infrastructure.freePort();
        int postgresPort = Infrastructure.freePort();
        ServiceProcess run = ServiceProcess.run("run", List.of("--data-dir", data.toString(),
                "--kafka-port", Integer.toString(kafkaPort), "--postgres-port", Integer.toString(postgresPort)), logDir);
        String jdbcUrl = "jdbc:postgresql://localhost:" + postgresPort + "/skill";
        List<MatchFact> facts = new SeasonGenerator(2026, 1, SeasonGenerator.DEFAULT_SEASON).facts().limit(FACTS).toList();
        long distinctFacts = facts.stream().map(MatchFact::factId).distinct().count();

        run.start();
        try {
            await().atMost(UP).until(() -> run.health() == 200);
            FactFeed feed = FactFeed.start("127.0.0.1:" + kafkaPort, Topics.defaults().matchFacts(),
                    FactFeed.messages(facts), RATE);
            await().atMost(UP).ignoreExceptions().until(() -> storedFacts(jdbcUrl) > 0);
            assertThat(feed.done()).as("facts still streaming in at the kill").isFalse();

            run.kill();
            run.start();

            await().atMost(UP).until(() -> run.health() == 200);
            feed.awaitDone();
            // Every fact the broker acknowledged, before the kill or after the restart, is stored once.
            await().atMost(UP).ignoreExceptions().until(() -> storedFacts(jdbcUrl) == distinctFacts);
        } finally {
            Optional<ProcessHandle> postgres = postmaster(data.resolve("postgres"));
            run.kill();
            // Nothing outlives the killed JVM for long: the watchdog stops its PostgreSQL.
            postgres.ifPresent(p -> await().atMost(Duration.ofSeconds(30)).until(() -> !p.isAlive()));
        }
    }

    private static long storedFacts(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM match_fact")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The running server of the data directory, by the PID PostgreSQL writes first into postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Path postgresDataDir) throws IOException {
        Path pidFile = postgresDataDir.resolve("postmaster.pid");
        return Files.exists(pidFile)
                ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                : Optional.empty();
    }
}
