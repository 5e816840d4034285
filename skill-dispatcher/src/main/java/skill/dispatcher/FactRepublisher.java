package skill.dispatcher;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.MatchFact;
import skill.runtime.KafkaConnection;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Publishes every stored fact (its highest version, deletions included) to match-fact-updates again,
 * in the form and with the key the dispatcher publishes: the way to re-key the update events when
 * their key changes (an upgrade), from the system of record rather than from topics that may have
 * expired. The calculators keep the highest version of each fact, so republishing changes no result.
 */
public final class FactRepublisher {
    private static final String ALL = "SELECT payload FROM match_fact ORDER BY season, match_id, occurred_at, fact_id";

    private FactRepublisher() {
    }

    /**
     * Returns how many facts were published; every send is acknowledged before it returns. Facts stored
     * before competitions were kept are published in {@code defaultCompetition}, as the dispatcher does.
     */
    public static long republish(DataSource dataSource, KafkaConnection kafka, String topic, String defaultCompetition)
            throws SQLException {
        Map<String, Object> config = kafka.config();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        long published = 0;
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
             Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(ALL)) {
                ps.setFetchSize(1_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FactParse parse = FactCodec.read(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                        if (!parse.isValid()) {
                            throw new IllegalStateException("A stored fact no longer reads: " + parse.reason());
                        }
                        MatchFact fact = parse.fact().inCompetitionOr(defaultCompetition);
                        producer.send(new ProducerRecord<>(topic, fact.rankingScope(), FactCodec.write(fact)));
                        published++;
                    }
                }
            }
            producer.flush();
            c.rollback();
        }
        return published;
    }
}
