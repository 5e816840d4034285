package skill.calculators;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.core.Topics;
import skill.core.skills.RankingKey;
import skill.runtime.KafkaConnection;

import java.util.List;
import java.util.Map;

/**
 * Retracts the rankings and standings published under keys of the format before competitions
 * ({season}|{SKILL}), with a tombstone each: a compacted topic would otherwise keep them forever.
 */
final class LegacyKeys {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyKeys.class);

    private LegacyKeys() {
    }

    /** Returns how many keys were retracted. */
    static int retract(KafkaConnection kafka, Topics topics) {
        Map<String, Object> config = kafka.config();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        int retracted = 0;
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : List.of(topics.skillRankings(), topics.skillStandings(), topics.skillStandingsByMatchday())) {
                for (String key : CompactedTopics.latest(kafka, List.of(topic)).keySet()) {
                    if (RankingKey.isLegacy(key)) {
                        producer.send(new ProducerRecord<>(topic, key, null));
                        retracted++;
                    }
                }
            }
            producer.flush();
        }
        if (retracted > 0) {
            LOG.info("Retracted {} rankings and standings under keys without a competition", retracted);
        }
        return retracted;
    }
}
