package skill.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import skill.core.Topics;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each fact is timed to the first standings message of its competition-season and partition that counted it. */
class FactLatencyTest {

    @Test
    void aFactIsReadableWithTheFirstMessageOfTheRankingThatTookItIn() {
        FactLatency latency = new FactLatency();
        latency.update(update("BL1|2025-26", 0, 10, 1_000), false);
        latency.update(update("BL1|2025-26", 0, 11, 1_010), false);
        latency.update(update("BL1|2024-25", 0, 12, 1_020), false);   // another season on the same partition
        latency.update(update("BL1|2025-26", 1, 10, 1_030), true);    // the same offset on another partition
        latency.update(update("BL1|2025-26", 0, 13, 1_040), false);   // its ranking changed nothing
        latency.update(update("BL1|2025-26", 0, 14, 1_050), false);
        latency.update(update("BL2|2025-26", 0, 15, 1_060), false);   // another competition on the same partition

        latency.standings(standings("BL1|2025-26|FINISHER", "0:10-11"), 1_060);
        latency.standings(standings("BL1|2025-26|INITIATOR", "0:10-11"), 1_070);
        latency.standings(standings("BL1|2024-25|FINISHER", "0:12-12"), 1_120);
        latency.standings(standings("BL1|2025-26|SPRINTER", "1:10-10"), 1_500);
        latency.standings(standings("BL1|2025-26|FINISHER", "0:14-14"), 1_150);
        latency.standings(standings("BL2|2025-26|FINISHER", "0:15-15"), 1_200);

        assertThat(latency.ms(false)).containsExactly(60L, 50L, 100L, 100L, 140L);
        assertThat(latency.ms(true)).containsExactly(470L);
        assertThat(latency.unchanged()).isEqualTo(1);
    }

    private static ConsumerRecord<String, byte[]> update(String scope, int partition, long offset, long publishedAt) {
        return new ConsumerRecord<>("match-fact-updates", partition, offset, publishedAt, TimestampType.CREATE_TIME,
                0, 0, scope, new byte[0], new RecordHeaders(), Optional.empty());
    }

    private static ConsumerRecord<String, byte[]> standings(String key, String counted) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.COUNTED_HEADER, counted.getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("skill-standings", 0, 0, 0, TimestampType.CREATE_TIME, 0, 0, key, new byte[0],
                headers, Optional.empty());
    }
}
