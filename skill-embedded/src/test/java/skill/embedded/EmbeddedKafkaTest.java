package skill.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedKafkaTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(0, null);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void producesAndConsumesAcrossPartitions() throws Exception {
        createTopic(kafka, "plain", 2);
        try (KafkaProducer<String, String> producer = producer(kafka, Map.of())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("plain", "key" + i, "value" + i)).get();
            }
        }
        assertEquals(10, readAll(kafka, "plain", "read_uncommitted").size());
    }

    /** Every codec round-trips, lz4 included: it runs on the at.yawk.lz4 fork pinned in the root pom. */
    @ParameterizedTest
    @ValueSource(strings = {"lz4", "zstd", "snappy", "gzip"})
    void compressedBatchesRoundTrip(String codec) throws Exception {
        createTopic(kafka, "compressed-" + codec, 1);
        try (KafkaProducer<String, String> producer = producer(kafka, Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec))) {
            for (int i = 0; i < 100; i++) {
                producer.send(new ProducerRecord<>("compressed-" + codec, "key", "value " + i + " ".repeat(100)));
            }
            producer.flush();
        }
        List<String> read = values(awaitRecords(kafka, "compressed-" + codec, "read_uncommitted", 100));
        assertEquals("value 99" + " ".repeat(100), read.get(99));
    }

    @Test
    void readCommittedSeesCommittedTransactionsOnly() throws Exception {
        createTopic(kafka, "transactional", 1);
        try (KafkaProducer<String, String> producer = producer(kafka, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-test"))) {
            producer.initTransactions();
            inTransaction(producer, "committed-1", true);
            inTransaction(producer, "aborted", false);
            inTransaction(producer, "committed-2", true);
        }
        assertEquals(List.of("committed-1", "committed-2"), values(readAll(kafka, "transactional", "read_committed")));
    }

    @Test
    void runsKafkaStreamsExactlyOnceV2(@TempDir Path stateDir) throws Exception {
        createTopic(kafka, "streams-in", 2);
        createTopic(kafka, "streams-out", 2);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("streams-in", Consumed.with(Serdes.String(), Serdes.String()))
            .mapValues(value -> value.toUpperCase())
            .to("streams-out", Produced.with(Serdes.String(), Serdes.String()));
        Map<String, Object> config = Map.of(
            StreamsConfig.APPLICATION_ID_CONFIG, "eos-test",
            StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2,
            StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
            StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        try (KafkaStreams streams = new KafkaStreams(builder.build(), new StreamsConfig(config));
             KafkaProducer<String, String> producer = producer(kafka, Map.of())) {
            streams.start();
            producer.send(new ProducerRecord<>("streams-in", "k", "hello")).get();
            assertEquals(List.of("HELLO"), values(awaitRecords(kafka, "streams-out", "read_committed", 1)));
        }
    }

    @Test
    void keepsTopicsAcrossRestartsInAGivenLogDir(@TempDir Path logDir) throws Exception {
        try (EmbeddedKafka first = EmbeddedKafka.start(0, logDir)) {
            createTopic(first, "durable", 1);
            try (KafkaProducer<String, String> producer = producer(first, Map.of())) {
                producer.send(new ProducerRecord<>("durable", "k", "kept")).get();
            }
        }
        try (EmbeddedKafka second = EmbeddedKafka.start(0, logDir)) {
            assertNotEquals(kafka.bootstrapServers(), second.bootstrapServers());
            assertEquals(List.of("kept"), values(readAll(second, "durable", "read_uncommitted")));
        }
    }

    private static void inTransaction(KafkaProducer<String, String> producer, String value, boolean commit) throws Exception {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("transactional", "k", value)).get();
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    private static void createTopic(EmbeddedKafka broker, String name, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka broker, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(overrides);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Reads every record up to the current end of the topic (the last stable offset under read_committed). */
    private static List<ConsumerRecord<String, String>> readAll(EmbeddedKafka broker, String topic, String isolation) {
        try (KafkaConsumer<String, String> consumer = consumer(broker, topic, isolation)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                assertTrue(System.nanoTime() < deadline, "timed out reading " + topic);
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(EmbeddedKafka broker, String topic, String isolation, int count) {
        try (KafkaConsumer<String, String> consumer = consumer(broker, topic, isolation)) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (records.size() < count) {
                assertTrue(System.nanoTime() < deadline, "timed out waiting for " + count + " records on " + topic);
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafka broker, String topic, String isolation) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.assign(consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList()));
        return consumer;
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).collect(Collectors.toList());
    }
}
