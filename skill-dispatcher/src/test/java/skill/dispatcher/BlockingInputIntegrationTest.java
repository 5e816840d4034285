package skill.dispatcher;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.runtime.DeadLetters;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.dispatcher.DispatcherUnderTest.header;

/**
 * Records that the broker accepts but that once failed the dispatcher's batch on every retry, blocking
 * their partition for good: a value far larger than a producer may send once decompressed (it arrives
 * lz4-compressed), a key as large, and facts PostgreSQL cannot store. Each lands in the DLQ, and the
 * valid facts behind them are stored and published.
 */
class BlockingInputIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int HUGE = 3 * 1024 * 1024;
    private static Topics topics;
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        topics = DispatcherUnderTest.topics("blocking");
        context = DispatcherUnderTest.start(topics);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void nothingOneRecordHoldsCanBlockItsPartition() throws Exception {
        byte[] huge = ("{\"factId\": \"HUGE\", \"pad\": \"" + "x".repeat(HUGE) + "\"}").getBytes(StandardCharsets.UTF_8);
        Facts.Fact first = Facts.shot("P1", 0.2, "SAVED");
        Facts.Fact last = Facts.shot("P2", 0.3, "GOAL");
        String nul = Facts.shot("P3", 0.1, "WIDE").json().toString().replace("\"P3\"", "\"P\\u0000\"");
        String longKey = "K".repeat(2 * 1024 * 1024);
        produceCompressed(List.of(
                new ProducerRecord<>(topics.matchFacts(), Facts.MATCH_ID, huge),
                new ProducerRecord<>(topics.matchFacts(), Facts.MATCH_ID, first.bytes()),
                new ProducerRecord<>(topics.matchFacts(), Facts.MATCH_ID, nul.getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(topics.matchFacts(), Facts.MATCH_ID,
                        Facts.ballWin("P4", "RECOVERY").with("occurredAt", "+300000-01-01T00:00:00Z").bytes()),
                new ProducerRecord<>(topics.matchFacts(), longKey, "not JSON".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(topics.matchFacts(), Facts.MATCH_ID, last.bytes())));

        List<ConsumerRecord<String, String>> updates = KafkaTestSupport.awaitRecords(topics.matchFactUpdates(),
                read -> read.size() >= 2, WAIT);
        assertThat(updates).extracting(r -> FactCodec.read(r.value().getBytes(StandardCharsets.UTF_8)).fact().factId())
                .containsExactly(first.id(), last.id());
        assertThat(DispatcherUnderTest.storedFactIds(context)).containsExactlyInAnyOrder(first.id(), last.id());

        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.awaitRecords(topics.matchFactsDlq(),
                read -> read.size() >= 4, WAIT);
        assertThat(dead).hasSize(4);
        ConsumerRecord<String, String> cut = withReason(dead, "message is " + huge.length + " bytes");
        assertThat(cut.value()).isEqualTo(new String(huge, 0, DeadLetters.MAX_VALUE_BYTES, StandardCharsets.UTF_8));
        assertThat(header(cut, DeadLetters.ORIGINAL_SIZE)).isEqualTo(Integer.toString(huge.length));
        assertThat(header(cut, DeadLetters.ORIGINAL_SHA256))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(huge)));
        assertThat(header(cut, DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(withReason(dead, "playerId must not contain U+0000").value()).isEqualTo(nul);
        assertThat(withReason(dead, "occurredAt must be in the years 0001 to 9999")).isNotNull();
        ConsumerRecord<String, String> keyCut = withReason(dead, "not JSON");
        assertThat(keyCut.key()).isEqualTo(longKey.substring(0, DeadLetters.MAX_KEY_CHARS));
        assertThat(header(keyCut, DeadLetters.ORIGINAL_KEY_LENGTH)).isEqualTo(Integer.toString(longKey.length()));
        assertThat(context.getBean(MeterRegistry.class).counter("skill.dispatcher.facts", "outcome", "rejected").count())
                .isEqualTo(4);
    }

    /** As an upstream producer with a large max.request.size sends them: lz4-compressed, so the broker accepts them. */
    private static void produceCompressed(List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(r -> sent.add(producer.send(r)));
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        }
    }

    private static ConsumerRecord<String, String> withReason(List<ConsumerRecord<String, String>> dead, String prefix) {
        return dead.stream().filter(r -> header(r, DeadLetters.REASON).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No dead letter's reason starts with " + prefix));
    }
}
