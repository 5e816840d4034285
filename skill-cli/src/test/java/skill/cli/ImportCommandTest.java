package skill.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.core.codec.FactCodec;
import skill.importer.dfl.DflImporter;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** `skill import dfl` publishes the real DFL match as valid contract facts, keyed by match. */
class ImportCommandTest {

    @Test
    void importsADflMatchIntoMatchFacts() {
        Path match = Path.of(System.getProperty("skill.shared.dir", "../../shared"), "data/dfl/J03WPY");
        assumeTrue(Files.isDirectory(match), "Real DFL data absent at " + match.toAbsolutePath() + "; skipped");
        String topic = KafkaTestSupport.uniquePrefix("import") + "match-facts";
        KafkaTestSupport.createTopics(1, topic);

        int exit = new CommandLine(new SkillCli()).execute("import", "dfl", match.toString(),
                "--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(), "--topic", topic);

        assertThat(exit).isZero();
        int expected = new DflImporter().read(match).size();
        var records = KafkaTestSupport.awaitRecords(topic, read -> read.size() >= expected, Duration.ofSeconds(60));
        assertThat(records).hasSize(expected)
                .allSatisfy(r -> assertThat(r.key()).isEqualTo("DFL-MAT-J03WPY"))
                .allSatisfy(r -> assertThat(FactCodec.read(r.value().getBytes(StandardCharsets.UTF_8)).problems()).isEmpty());
    }
}
