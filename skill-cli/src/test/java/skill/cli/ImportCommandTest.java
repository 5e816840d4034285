package skill.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.core.SharedData;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.core.sprints.DflPositions;
import skill.importer.dfl.DflImporter;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `skill import dfl` publishes a DFL match as valid contract facts and its positions as frames, keyed by match. */
class ImportCommandTest {

    @Test
    void importsADflMatchIntoMatchFacts() {
        Path match = SharedData.require("dfl/J03WPY");
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

    @Test
    void importsTheDflPositionsOfTheExcerptAsFramesInTimeOrder() throws Exception {
        Path match = SharedData.require("dfl/excerpt-003BN1");
        String prefix = KafkaTestSupport.uniquePrefix("import-positions");
        KafkaTestSupport.createTopics(1, prefix + "match-facts", prefix + "match-positions");

        int exit = new CommandLine(new SkillCli()).execute("import", "dfl", match.toString(),
                "--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(), "--topic", prefix + "match-facts",
                "--positions-topic", prefix + "match-positions");

        assertThat(exit).isZero();
        MatchFact first = new DflImporter().read(match).get(0);
        List<PositionFrame> expected = DflPositions.read(List.of(match.resolve("sportec_positional.xml")),
                first.competition(), first.season(), first.matchday());
        var records = KafkaTestSupport.awaitRecords(prefix + "match-positions", read -> read.size() >= expected.size(),
                Duration.ofSeconds(60));
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo("DFL-MAT-003BN1"));
        List<PositionFrame> frames = records.stream()
                .map(r -> Json.read(r.value().getBytes(StandardCharsets.UTF_8), PositionFrame.class)).toList();
        assertThat(frames).isSortedAccordingTo(Comparator.comparing(PositionFrame::t))
                .containsExactlyElementsOf(expected); // both files merged: each object once, no referee
        assertThat(frames).allSatisfy(f -> {
            assertThat(f.season()).isEqualTo("2019-20");
            assertThat(f.competition()).isEqualTo("BL1"); // the match information's DFL-COM-000001
        });
    }
}
