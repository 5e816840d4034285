package skill.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Frames already encoded as contract JSON, produced as a tracking feed would: key = matchId, acknowledged by all. */
record FrameLoad(String matchId, byte[][] frames) {

    long bytes() {
        long sum = 0;
        for (byte[] frame : frames) {
            sum += frame.length;
        }
        return sum;
    }

    /** Produces every frame in order and waits until all are acknowledged; returns the seconds it took. */
    double produce(String bootstrapServers, String topic) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.partitionsFor(topic); // metadata first: the clock measures sending only
            start = System.nanoTime();
            for (byte[] frame : frames) {
                producer.send(new ProducerRecord<>(topic, matchId, frame), (meta, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("The broker did not accept every frame", failure.get());
        }
        return seconds;
    }
}
