package skill.runtime;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A rejected message as it goes to the dead-letter topic: the original key and bytes, the reason and
 * the source position in headers (readable with kafka-console-consumer --property print.headers=true).
 * The one place that writes them, for the dispatcher's facts and the sprint detector's frames alike.
 * <p>
 * A dead letter must always be sendable: one that the producer refuses (RecordTooLargeException) would
 * fail its transaction again on every retry and block its partition for good. A message that arrived
 * compressed can be far larger than a producer may send once decompressed, so a value over
 * {@link #MAX_VALUE_BYTES} keeps only its first bytes, with its original size and SHA-256 in headers,
 * and a key over {@link #MAX_KEY_CHARS} likewise its first characters and its original length. The
 * reason may quote the input and is escaped ({@link Printable}).
 */
public final class DeadLetters {
    public static final String REASON = "skill.dlq.reason";
    public static final String SOURCE_TOPIC = "skill.dlq.source.topic";
    public static final String SOURCE_PARTITION = "skill.dlq.source.partition";
    public static final String SOURCE_OFFSET = "skill.dlq.source.offset";
    /** Present only on a dead letter whose value was cut: the original value's size in bytes. */
    public static final String ORIGINAL_SIZE = "skill.dlq.original.size";
    /** Present only on a dead letter whose value was cut: the original value's SHA-256, hex. */
    public static final String ORIGINAL_SHA256 = "skill.dlq.original.sha256";
    /** Present only on a dead letter whose key was cut: the original key's length in characters. */
    public static final String ORIGINAL_KEY_LENGTH = "skill.dlq.original.key.length";
    /**
     * As large as the largest message either service accepts, so the first bytes show what the message
     * was; far below the 1 MiB a producer may send and a topic may hold by default.
     */
    public static final int MAX_VALUE_BYTES = 64 * 1024;
    /** Longer than any real key (a match id); a key counts towards the size a producer may send too. */
    public static final int MAX_KEY_CHARS = 1024;

    private DeadLetters() {
    }

    /** A dead letter, as Kafka Streams forwards it and a producer sends it. */
    public record Letter(String key, byte[] value, Headers headers) {
    }

    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> source, String reason, String dlqTopic) {
        Letter letter = of(source.key(), source.value(), reason, source.topic(), source.partition(), source.offset());
        return new ProducerRecord<>(dlqTopic, null, letter.key(), letter.value(), letter.headers());
    }

    /** The dead letter of a message: why it was rejected, where it was read, and what of it fits. */
    public static Letter of(String key, byte[] value, String reason, String sourceTopic, int partition, long offset) {
        Headers headers = new RecordHeaders();
        headers.add(REASON, utf8(Printable.escape(reason)));
        headers.add(SOURCE_TOPIC, utf8(sourceTopic));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(partition)));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(offset)));
        if (value != null && value.length > MAX_VALUE_BYTES) {
            headers.add(ORIGINAL_SIZE, utf8(Integer.toString(value.length)));
            headers.add(ORIGINAL_SHA256, utf8(sha256(value)));
            value = Arrays.copyOf(value, MAX_VALUE_BYTES);
        }
        if (key != null && key.length() > MAX_KEY_CHARS) {
            headers.add(ORIGINAL_KEY_LENGTH, utf8(Integer.toString(key.length())));
            key = key.substring(0, MAX_KEY_CHARS);
        }
        return new Letter(key, value, headers);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
