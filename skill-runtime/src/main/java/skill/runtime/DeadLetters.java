package skill.runtime;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * A rejected message as it goes to the dead-letter topic: the original key and bytes untouched, the
 * reason and the source position in headers (readable with kafka-console-consumer --property print.headers=true).
 * The one place that writes them, for the dispatcher's facts and the sprint detector's frames alike.
 */
public final class DeadLetters {
    public static final String REASON = "skill.dlq.reason";
    public static final String SOURCE_TOPIC = "skill.dlq.source.topic";
    public static final String SOURCE_PARTITION = "skill.dlq.source.partition";
    public static final String SOURCE_OFFSET = "skill.dlq.source.offset";

    private DeadLetters() {
    }

    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> source, String reason, String dlqTopic) {
        return new ProducerRecord<>(dlqTopic, null, source.key(), source.value(),
                headers(reason, source.topic(), source.partition(), source.offset()));
    }

    /** The headers of a dead letter: why, and where the original message was read. */
    public static Headers headers(String reason, String sourceTopic, int partition, long offset) {
        Headers headers = new RecordHeaders();
        headers.add(REASON, utf8(reason));
        headers.add(SOURCE_TOPIC, utf8(sourceTopic));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(partition)));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(offset)));
        return headers;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
