package skill.service;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import skill.runtime.KafkaConnection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a topic without a consumer group (nothing is committed, nothing to clean up): every partition,
 * from the beginning or from now on, until {@code max} records or, when {@code toEnd}, the end as it was
 * when reading began.
 */
final class TopicReader {
    private static final Duration POLL = Duration.ofMillis(500);

    private TopicReader() {
    }

    /** @return how many records were read */
    static long read(KafkaConnection kafka, String topic, boolean fromBeginning, boolean toEnd, long max,
                     Consumer<ConsumerRecord<String, byte[]>> out) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)))) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("Topic " + topic + " does not exist on " + kafka.bootstrapServers());
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long read = 0;
            while (read < max && !(toEnd && reachedEnd(consumer, end))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (read < max) {
                        out.accept(r);
                        read++;
                    }
                }
            }
            return read;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
