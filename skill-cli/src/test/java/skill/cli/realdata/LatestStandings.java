package skill.cli.realdata;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import skill.core.codec.Json;
import skill.core.standings.Standings;
import skill.testsupport.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest skill-standings message per key ({season}|{SKILL}), read incrementally so that an await
 * loop parses only what changed; standings messages hold every player and are large.
 */
public final class LatestStandings implements AutoCloseable {
    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, String> latest = new HashMap<>();
    private final Map<String, Standings> parsed = new HashMap<>();

    public LatestStandings(String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.assign(List.of(new TopicPartition(topic, 0)));
    }

    /** Reads what arrived since the last call and returns the latest standings under the key, if any. */
    public Optional<Standings> poll(String key) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (!partitions.isEmpty() && !consumer.assignment().containsAll(partitions)) {
            consumer.assign(partitions);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
            latest.put(r.key(), r.value());
            parsed.remove(r.key());
        });
        String value = latest.get(key);
        return value == null ? Optional.empty() : Optional.of(parsed.computeIfAbsent(key,
                k -> Json.read(value.getBytes(StandardCharsets.UTF_8), Standings.class)));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
