package skill.cli;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import skill.core.codec.Json;
import skill.runtime.DeadLetters;
import skill.testsupport.KafkaTestSupport;

import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * dlq show and topics tail print what a hostile record holds escaped: it cannot clear the operator's
 * screen (ESC[2J) or forge a line of output.
 */
class EscapedOutputTest {
    private static final String CLEAR = "\u001b[2J";

    @Test
    void dlqShowPrintsAHostileFactIdEscaped() {
        String topic = KafkaTestSupport.uniquePrefix("escaped") + "dlq";
        KafkaTestSupport.createTopics(1, topic);
        // The reason raw as well, as another tool or an older version may have written it.
        var headers = new RecordHeaders()
                .add(DeadLetters.REASON, ("factId '" + CLEAR + "'\nforged line").getBytes(UTF_8))
                .add(DeadLetters.SOURCE_TOPIC, "match-facts".getBytes(UTF_8))
                .add(DeadLetters.SOURCE_PARTITION, "0".getBytes(UTF_8))
                .add(DeadLetters.SOURCE_OFFSET, "7".getBytes(UTF_8));
        KafkaTestSupport.produce(new ProducerRecord<>(topic, null, "M" + CLEAR,
                ("{\"factId\": \"" + CLEAR + "\"}").getBytes(UTF_8), headers));

        CliRun dlq = CliRun.onTestBroker("dlq", "show", "--topic", topic);

        assertThat(dlq.exit()).isZero();
        assertThat(dlq.out()).doesNotContain("\u001b")
                .contains("key M\\u001b[2J from match-facts/0@7", "reason: factId '\\u001b[2J'\\nforged line",
                        "value:  {\"factId\": \"\\u001b[2J\"}");
    }

    @Test
    void topicsTailPrintsAHostileFactIdEscaped() throws Exception {
        String topic = KafkaTestSupport.uniquePrefix("escaped") + "tail";
        KafkaTestSupport.createTopics(1, topic);
        KafkaTestSupport.produce(topic, "M1", "{\"factId\": \"" + CLEAR + "\"}");                // not JSON: raw
        KafkaTestSupport.produce(topic, "P" + CLEAR, Json.mapper().writeValueAsBytes(Map.of(   // decoded by Pretty
                "kind", "NEW_LEADER", "skill", "FINISHER", "competition", "BL1", "season", "2023-24", "playerId", "P1",
                "teamName", "Club", "playerName", "Name" + CLEAR + "\nNEW_LEADER forged")));

        CliRun tail = CliRun.onTestBroker("topics", "tail", topic, "--from-beginning", "--to-end");

        assertThat(tail.exit()).isZero();
        assertThat(tail.out()).doesNotContain("\u001b")
                .contains("M1  {\"factId\": \"\\u001b[2J\"}", "NEW_LEADER FINISHER BL1 2023-24: Name\\u001b[2J\\nNEW_LEADER forged (P1, Club)");
    }
}
