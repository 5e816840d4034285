package skill.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    /** Picocli formats descriptions with String.format: a bare % there prints a warning to stderr, not the text. */
    @Test
    void everyHelpRendersWithoutPicocliWarnings() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandLine bench = new CommandLine(new BenchCommand());
            assertThat(bench.getSubcommands()).containsOnlyKeys("pipeline", "sprints", "streams");
            bench.getSubcommands().values().forEach(c -> assertThat(c.getUsageMessage()).contains("Usage: bench "));
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void pipelineRefusesNoCompetitionsBeforeStartingAnything() {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = new CommandLine(new BenchCommand()).setErr(new java.io.PrintWriter(err))
                .execute("pipeline", "--competitions", "0");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--competitions");
    }
}
