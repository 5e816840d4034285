package skill.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Topic, produce and consume helpers for integration tests against {@link TestInfrastructure}'s broker. */
public final class KafkaTestSupport {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_RECORDS_IN_FAILURE = 100;

    private static KafkaProducer<String, byte[]> producer;

    private KafkaTestSupport() {
    }

    /** Returns e.g. {@code "hint-3fa9c1-"}, so tests sharing a broker never share topics. */
    public static String uniquePrefix(String hint) {
        return hint + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    /** Creates the topics unless they exist; the replication factor is the broker's default. */
    public static void createTopics(int partitions, String... names) {
        create(partitions, Map.of(), names);
    }

    public static void createCompactedTopics(int partitions, String... names) {
        create(partitions, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT), names);
    }

    public static void produce(String topic, String key, String value) {
        produce(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns once the broker has acknowledged the record. */
    public static void produce(String topic, String key, byte[] value) {
        produce(new ProducerRecord<>(topic, key, value));
    }

    /** Returns once the broker has acknowledged the record (with its headers, timestamp or partition). */
    public static void produce(ProducerRecord<String, byte[]> record) {
        acknowledged(producer().send(record), record.topic());
    }

    /** Sends every value under one key, batched, and returns once the broker has acknowledged them all. */
    public static void produceAll(String topic, String key, Iterable<byte[]> values) {
        List<Future<?>> sent = new ArrayList<>();
        values.forEach(value -> sent.add(producer().send(new ProducerRecord<>(topic, key, value))));
        producer().flush();
        sent.forEach(ack -> acknowledged(ack, topic));
    }

    private static void acknowledged(Future<?> ack, String topic) {
        try {
            ack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted producing to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not produce to " + topic, e.getCause());
        }
    }

    /**
     * Reads the topic from the beginning (committed records only) until {@code until} holds for everything read so far.
     *
     * @return all records read, in offset order within each partition
     * @throws AssertionError listing the records read if {@code until} does not hold within {@code timeout}
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // Every topic has partition 0, so poll() has something to wait on even before the topic exists.
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            while (!until.test(records)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(timeoutMessage(topic, timeout, records));
                }
                assignAllPartitions(consumer, topic);
                consumer.poll(POLL).forEach(records::add);
            }
        }
        return List.copyOf(records);
    }

    /**
     * The committed records from the offsets {@code from} up to the offsets {@code to} (e.g. end offsets
     * taken after a condition was seen), read at once: for "nothing else was published before that" without
     * waiting for a while in the hope of seeing it.
     */
    public static List<ConsumerRecord<String, String>> recordsBetween(Map<TopicPartition, Long> from,
                                                                      Map<TopicPartition, Long> to) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (from.keySet().stream().anyMatch(p -> consumer.position(p) < to.get(p))) {
                consumer.poll(POLL).forEach(records::add);
            }
        }
        return List.copyOf(records);
    }

    private static void create(int partitions, Map<String, String> configs, String... names) {
        List<NewTopic> topics = Arrays.stream(names)
            .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs))
            .collect(Collectors.toList());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + created.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating topics " + Arrays.toString(names), e);
        }
    }

    /** One shared producer: creating one per record would dominate test time. Its I/O thread is a daemon, so it needs no close. */
    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** Assigns partitions directly rather than subscribing, which avoids a consumer group and its rebalance delay. */
    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }

    /** Adds partitions as the consumer learns of them, keeping the positions of those already read. */
    private static void assignAllPartitions(KafkaConsumer<String, String> consumer, String topic) {
        Set<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        if (!partitions.isEmpty() && !partitions.equals(consumer.assignment())) {
            consumer.assign(partitions);
        }
    }

    private static String timeoutMessage(String topic, Duration timeout, List<ConsumerRecord<String, String>> records) {
        String listed = records.stream().limit(MAX_RECORDS_IN_FAILURE)
            .map(r -> "  " + r.partition() + "@" + r.offset() + " " + r.key() + " = " + r.value())
            .collect(Collectors.joining("\n"));
        String more = records.size() > MAX_RECORDS_IN_FAILURE ? "\n  ... and " + (records.size() - MAX_RECORDS_IN_FAILURE) + " more" : "";
        return "Condition on topic " + topic + " not met within " + timeout + "; read " + records.size() + " record(s)"
            + (records.isEmpty() ? "" : ":\n" + listed + more);
    }
}
