package skill.dispatcher;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.fuzz.HostileFacts;
import skill.runtime.DeadLetters;
import skill.testsupport.KafkaTestSupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.dispatcher.DispatcherUnderTest.header;

/**
 * Ten thousand messages that break the contract in every way, mixed with valid facts: each lands in
 * the DLQ with a reason and its source offset, none reaches the database or the update events (so
 * none can change a ranking), and the valid facts behind them still go through.
 */
class HostileInputIntegrationTest {
    private static final int HOSTILE = 10_000;
    private static final int EVERY = 50;
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static Topics topics;
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        topics = DispatcherUnderTest.topics("hostile");
        context = DispatcherUnderTest.start(topics);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void everyHostileMessageLandsInTheDlqAndTheValidOnesStillGoThrough() throws Exception {
        List<byte[]> messages = new ArrayList<>();
        Set<String> validIds = new HashSet<>();
        Set<Long> hostileOffsets = new HashSet<>();
        HostileFacts.messages(42, HOSTILE).forEach(hostile -> {
            if (messages.size() % EVERY == 0) {
                Facts.Fact valid = Facts.shot("VALID-" + validIds.size() % 20, 0.1, "SAVED");
                validIds.add(valid.id());
                messages.add(valid.bytes());
            }
            hostileOffsets.add((long) messages.size());
            messages.add(hostile);
        });
        KafkaTestSupport.produceAll(topics.matchFacts(), Facts.MATCH_ID, messages);

        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.awaitRecords(topics.matchFactsDlq(),
                read -> read.size() >= HOSTILE, WAIT);
        assertThat(dead).hasSize(HOSTILE);
        assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetters.REASON)).isNotBlank());
        assertThat(dead).extracting(r -> Long.parseLong(header(r, DeadLetters.SOURCE_OFFSET)))
                .containsExactlyInAnyOrderElementsOf(hostileOffsets);

        List<ConsumerRecord<String, String>> updates = KafkaTestSupport.awaitRecords(topics.matchFactUpdates(),
                read -> read.size() >= validIds.size(), WAIT);
        assertThat(updates).extracting(r -> FactCodec.read(r.value().getBytes(StandardCharsets.UTF_8)).fact().factId())
                .containsExactlyInAnyOrderElementsOf(validIds);
        assertThat(DispatcherUnderTest.storedFactIds(context)).containsExactlyInAnyOrderElementsOf(validIds);
        assertThat(context.getBean(MeterRegistry.class).counter("skill.dispatcher.facts", "outcome", "rejected").count())
                .isEqualTo(HOSTILE);
    }
}
