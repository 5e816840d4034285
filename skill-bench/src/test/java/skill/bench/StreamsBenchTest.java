package skill.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.testsupport.TestInfrastructure;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** `skill bench streams` in small (the API as its own JVM), so the benchmark keeps working; no timings are asserted. */
class StreamsBenchTest {

    @Test
    void opensTheStreamsUpToTheCapAndPrintsTheTable() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).execute("streams",
                "--streams", "20", "--clients", "2", "--duration", "PT1S",
                "--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("opened 20 of 20 streams (20 open by the gauge); one more: 503",
                "| open streams | heap used after full GC |").containsPattern("\\| 20 \\| [0-9]+ MB \\|");
    }
}
