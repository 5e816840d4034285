package skill.cli.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import skill.core.codec.Json;
import skill.core.standings.Standings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads skill-standings as the API does (committed only) and notes, per ranking key, when the
 * standings first carried the expected final numbers (wall clock of receipt), plus how long each
 * message took from its stamp (when stage two ranked) to a reader: the transaction's commit delay.
 */
final class StandingsWatch implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, Standings> expected;
    private final Map<String, Long> reachedAtNanos = new HashMap<>();
    private final List<Long> visibilityMs = new ArrayList<>();
    private volatile RuntimeException failure;

    StandingsWatch(String bootstrapServers, String topic, Map<String, Standings> expected) {
        this.expected = expected;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "standings-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    long visible = System.currentTimeMillis() - record.timestamp();
                    Standings want = expected.get(record.key());
                    boolean reached = want != null && record.value() != null
                            && SeasonLoad.sameNumbers(Json.read(record.value(), Standings.class), want);
                    synchronized (this) {
                        visibilityMs.add(visible);
                        if (reached) {
                            reachedAtNanos.putIfAbsent(record.key(), now);
                        } else {
                            reachedAtNanos.remove(record.key()); // a later message moved away again
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

    /** True once every expected key's latest standings carry the expected numbers; throws what stopped reading. */
    synchronized boolean done() {
        if (failure != null) {
            throw failure;
        }
        return reachedAtNanos.keySet().containsAll(expected.keySet());
    }

    /** When (System.nanoTime) the latest standings of {@code key} first had the expected numbers, or null. */
    synchronized Long reachedAt(String key) {
        return reachedAtNanos.get(key);
    }

    synchronized List<Long> visibilityMs() {
        return List.copyOf(visibilityMs);
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(5_000);
    }
}
