package skill.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.testsupport.TestInfrastructure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `bench sprints` on a tiny match, so the benchmark keeps working; no timings are asserted. */
class SprintsBenchTest {

    @Test
    void runsTheWholePathAndFindsTheTrueSprints() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new BenchCommand()).setOut(new PrintWriter(out)).execute("sprints",
                "--minutes-per-half", "1", "--warm-up-minutes-per-half", "1", "--hz", "10", "--seed", "7",
                "--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());

        assertThat(exit).isZero();
        var sprints = Pattern.compile("Sprints: found (\\d+), true (\\d+), exactly matching \\(player, start, end\\) (\\d+)")
                .matcher(out.toString());
        assertThat(sprints.find()).as(out.toString()).isTrue();
        assertThat(Integer.parseInt(sprints.group(2))).isPositive();
        assertThat(sprints.group(1)).isEqualTo(sprints.group(2)).isEqualTo(sprints.group(3));
        // The warm-up match's facts share the topic: found == true above shows only the measured match's count.
        assertThat(out.toString()).contains("Warm start", "| raw: produce to a fresh topic", "| full path:",
                "Whole JVM CPU", "heap after GC (MB)");
    }
}
