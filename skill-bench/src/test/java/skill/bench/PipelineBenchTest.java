package skill.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.testsupport.TestInfrastructure;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `bench pipeline --quick` end to end (services as separate JVMs), so the benchmark keeps working:
 * it only finishes when every skill's published standings equal the batch path's; no timings are asserted.
 */
class PipelineBenchTest {

    @Test
    void runsEveryStepAndPrintsTheTables() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).execute("pipeline", "--quick",
                "--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("### 1. Limits", "| Kafka produce", "| PostgreSQL COPY",
                "### 2, 4, 5. Backfill", "Growth 2×", "### 3. Live latency", "replayed fact published → its ranking readable",
                "sprint detected → sprinter ranking readable");
        assertThat(out.toString()).containsPattern("\\| 1 \\| [0-9,]+ \\|").containsPattern("\\| 2 \\| [0-9,]+ \\|");
    }
}
