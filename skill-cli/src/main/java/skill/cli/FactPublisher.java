package skill.cli;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.runtime.KafkaConnection;

import java.util.Map;

/** Publishes facts to match-facts as an upstream producer does: contract JSON, key = matchId, all acknowledged. */
final class FactPublisher implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private int sent;

    FactPublisher(KafkaConnection kafka, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(kafka.with(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
    }

    void publish(MatchFact fact) {
        send(fact.matchId(), FactCodec.write(fact));
    }

    /** Raw bytes, e.g. a message that breaks the contract, to show the dead-letter path. */
    void send(String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
        sent++;
    }

    int sent() {
        return sent;
    }

    /** Waits until every message sent so far is acknowledged (or throws the failure). */
    void flush() {
        producer.flush();
    }

    /** Flushes, so every message is acknowledged (or the failure thrown) before returning. */
    @Override
    public void close() {
        producer.flush();
        producer.close();
    }
}
