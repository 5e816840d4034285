package skill.systemtest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An upstream producer publishing messages to match-facts at a steady rate on its own thread, as a
 * live feed does. Like most upstream feeds it delivers at least once: it retries through a broker
 * restart and may then send a message twice, which the contract's versions make harmless. (An
 * idempotent producer here got stuck for good on OUT_OF_ORDER_SEQUENCE_NUMBER after the broker restart.)
 */
final class FactFeed {
    /** One message as upstream sends it: key matchId. */
    record Message(String key, byte[] value) {
    }

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final int total;
    private final CompletableFuture<Void> done;

    private FactFeed(String bootstrapServers, String topic, List<Message> messages, int perSecond) {
        this.total = messages.size();
        this.done = CompletableFuture.runAsync(() -> {
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                    ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
                long start = System.nanoTime();
                for (Message m : messages) {
                    long due = start + TimeUnit.SECONDS.toNanos(1) * sent.get() / perSecond;
                    LockSupport.parkNanos(due - System.nanoTime()); // pacing, not waiting for a condition
                    producer.send(new ProducerRecord<>(topic, m.key(), m.value()), (meta, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
                    sent.incrementAndGet();
                }
                producer.flush();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("Could not publish every fact", failure.get());
            }
        });
    }

    /** Each fact as upstream sends it: keyed by its match. */
    static List<Message> messages(List<MatchFact> facts) {
        return facts.stream().map(f -> new Message(f.matchId(), FactCodec.write(f))).toList();
    }

    static FactFeed start(String bootstrapServers, String topic, List<Message> messages, int perSecond) {
        return new FactFeed(bootstrapServers, topic, messages, perSecond);
    }

    /** The share of messages handed to the producer so far, 0..1. */
    double progress() {
        return sent.get() / (double) total;
    }

    boolean done() {
        return done.isDone();
    }

    /** Waits for the last message to be acknowledged; rethrows a failure to publish. */
    void awaitDone() {
        done.join();
    }
}
