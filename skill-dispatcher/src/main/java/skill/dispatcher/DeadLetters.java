package skill.dispatcher;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * A rejected message as it goes to the dead-letter topic: the original key and bytes untouched, the
 * reason and the source position in headers (readable with kafka-console-consumer --property print.headers=true).
 */
public final class DeadLetters {
    public static final String REASON = "skill.dlq.reason";
    public static final String SOURCE_TOPIC = "skill.dlq.source.topic";
    public static final String SOURCE_PARTITION = "skill.dlq.source.partition";
    public static final String SOURCE_OFFSET = "skill.dlq.source.offset";

    private DeadLetters() {
    }

    static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> source, String reason, String dlqTopic) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(dlqTopic, null, source.key(), source.value());
        out.headers().add(REASON, utf8(reason));
        out.headers().add(SOURCE_TOPIC, utf8(source.topic()));
        out.headers().add(SOURCE_PARTITION, utf8(Integer.toString(source.partition())));
        out.headers().add(SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
