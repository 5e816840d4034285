package skill.calculators;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import skill.core.codec.Json;
import skill.runtime.KafkaConnection;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Which generation of each calculators application is live, and with which formulas: a compacted
 * topic of the calculators' own ({prefix}-generations, one partition, under their ACL prefix). A
 * rebuild computes a new generation beside the live one and declares it live here when it has caught
 * up; the instances of the generation before read that and stop publishing.
 */
final class Generations implements AutoCloseable {
    /** @param formulas the fingerprint of the weights and thresholds the generation computes with */
    record Live(int generation, String formulas) {
    }

    private final KafkaConnection kafka;
    private final String topic;
    /** Follows the topic for as long as the instance runs: read once a second, so kept open. */
    private final KafkaConsumer<String, byte[]> follower;
    private final Map<String, Live> live = new HashMap<>();

    private Generations(KafkaConnection kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
        Map<String, Object> config = kafka.config();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.follower = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition only = new TopicPartition(topic, 0);
        follower.assign(List.of(only));
        follower.seekToBeginning(List.of(only));
    }

    /** The generations of the applications under {@code prefix}; creates the topic if missing. */
    static Generations of(KafkaConnection kafka, String prefix, short replicas)
            throws ExecutionException, InterruptedException {
        String topic = prefix + "-generations";
        try (Admin admin = Admin.create(kafka.config())) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, replicas).configs(
                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        return new Generations(kafka, topic);
    }

    /** The generation last declared live, read up to the end of the topic. */
    Optional<Live> live(String application) {
        TopicPartition only = new TopicPartition(topic, 0);
        long end = follower.endOffsets(List.of(only)).get(only);
        while (follower.position(only) < end) {
            follower.poll(Duration.ofMillis(100)).forEach(r -> live.put(r.key(), r.value() == null ? null
                    : Json.read(r.value(), Live.class)));
        }
        return Optional.ofNullable(live.get(application));
    }

    @Override
    public void close() {
        follower.close();
    }

    void declare(String application, Live live) throws ExecutionException, InterruptedException {
        Map<String, Object> config = kafka.config();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, application, Json.write(live))).get();
        }
    }
}
