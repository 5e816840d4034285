package skill.cli.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import skill.core.codec.FactCodec;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads match-facts (committed only) in the background and keeps the latest SPRINT and SPEED_SUMMARY facts. */
final class FactWatch implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, MatchFact> sprints = new HashMap<>();
    private final Map<String, MatchFact> summaries = new HashMap<>();
    private volatile RuntimeException failure;

    FactWatch(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "fact-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    MatchFact fact = FactCodec.read(record.value()).fact();
                    if (fact == null) {
                        throw new IllegalStateException("The detector wrote an invalid fact: " + FactCodec.read(record.value()).reason());
                    }
                    synchronized (this) {
                        if (fact.type() == FactType.SPRINT) {
                            sprints.merge(fact.factId(), fact, (a, b) -> b.version() >= a.version() ? b : a);
                        } else if (fact.type() == FactType.SPEED_SUMMARY) {
                            summaries.merge(fact.playerId(), fact, (a, b) -> b.version() >= a.version() ? b : a);
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    /** True while reading goes on; throws what stopped it, e.g. an invalid fact. */
    boolean check() {
        if (failure != null) {
            throw failure;
        }
        return true;
    }

    synchronized List<MatchFact> standingSprints() {
        return sprints.values().stream().filter(f -> !f.deleted()).toList();
    }

    /** How many players' latest summary covers the match up to {@code lastFrame}. */
    synchronized long summariesAt(Instant lastFrame) {
        return summaries.values().stream().filter(f -> !f.occurredAt().isBefore(lastFrame)).count();
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(5_000);
    }
}
