package skill.calculators;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import skill.core.Topics;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade to competitions on a real broker: rankings and standings under keys without a competition
 * are retracted with a tombstone each, so the compacted topics keep no stale rankings; keys of the new
 * format and keys already retracted are left alone.
 */
class LegacyKeysIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void retractsEveryRankingAndStandingsUnderAnOldKeyOnce() throws Exception {
        Topics topics = Topics.defaults().withPrefix(KafkaTestSupport.uniquePrefix("legacy"));
        KafkaConnection kafka = KafkaConnection.of(TestInfrastructure.kafkaBootstrapServers());
        TopicProvisioner.create(kafka, topics, 2, (short) 1);
        KafkaTestSupport.produce(topics.skillRankings(), "2023-24|FINISHER", "{}");
        KafkaTestSupport.produce(topics.skillRankings(), "BL1|2023-24|FINISHER", "{}");
        KafkaTestSupport.produce(topics.skillStandings(), "2023-24|SPRINTER", "{}");
        KafkaTestSupport.produce(topics.skillStandingsByMatchday(), "2023-24|SPRINTER|7", "{}");
        KafkaTestSupport.produce(topics.skillStandingsByMatchday(), "2022-23|SPRINTER|7", "{}");
        KafkaTestSupport.produce(topics.skillStandingsByMatchday(), "2022-23|SPRINTER|7", (String) null);

        assertThat(LegacyKeys.retract(kafka, topics)).isEqualTo(3);

        assertThat(latest(topics.skillRankings(), 3)).containsEntry("2023-24|FINISHER", "(tombstone)")
                .containsEntry("BL1|2023-24|FINISHER", "{}");
        assertThat(latest(topics.skillStandings(), 2)).containsEntry("2023-24|SPRINTER", "(tombstone)");
        assertThat(latest(topics.skillStandingsByMatchday(), 3)).containsEntry("2023-24|SPRINTER|7", "(tombstone)");
        assertThat(LegacyKeys.retract(kafka, topics)).as("nothing left to retract").isZero();
    }

    private static Map<String, String> latest(String topic, int messages) {
        List<ConsumerRecord<String, String>> read = KafkaTestSupport.awaitRecords(topic, r -> r.size() >= messages, WAIT);
        return read.stream().collect(Collectors.toMap(ConsumerRecord::key,
                r -> Objects.requireNonNullElse(r.value(), "(tombstone)"), (a, b) -> b));
    }
}
