package skill.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.dispatcher.FactStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the broker and the database can do with the season's own bytes and rows, without the system:
 * produce (acks=all) and consume (read_committed) on a fresh topic; upsert in JDBC batches of
 * {@code batch} rows (one transaction each, the dispatcher's statement shape) and COPY.
 */
final class Limits {
    static final int BATCH = 500;

    private Limits() {
    }

    /** Seconds to produce every message of the load to a fresh topic of {@code partitions}. */
    static double produce(SeasonLoad load, String servers, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        return publish(load, servers, topic);
    }

    /** Publishes as fast as the broker takes them (acks=all), as an upstream backfill would; returns the seconds. */
    static double publish(SeasonLoad load, String servers, String topic) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start;
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.partitionsFor(topic); // metadata first: the clock measures sending only
            start = System.nanoTime();
            load.forEach(m -> producer.send(new ProducerRecord<>(topic, m.key(), m.value()), (meta, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            }));
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The broker did not accept every message", failure.get());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds to read every message of {@code topic} back from the beginning. */
    static double consume(String servers, String topic, long messages, Duration timeout) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            long read = 0;
            while (read < messages) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Read " + read + " of " + messages + " in " + timeout);
                }
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Seconds to upsert every row (the dispatcher's table and statement) in batches, one transaction each. */
    static double upsert(SeasonLoad load, String jdbcUrl, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", user, password)) {
            createTable(c, "match_fact");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(FactStore.UPSERT)) {
                return timed(load, rows -> {
                    // Within a batch a fact appears once (at its highest version), as the dispatcher writes it.
                    for (Row r : latestPerFact(rows)) {
                        FactStore.bind(ps, r.fact, r.json, null, "match-facts", 0, r.offset);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                });
            }
        }
    }

    /** Seconds to COPY every row into an unindexed-but-keyed table, one COPY per batch: the database's raw write rate. */
    static double copy(SeasonLoad load, String jdbcUrl, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            createTable(c, "match_fact_copy");
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE match_fact_copy DROP CONSTRAINT match_fact_copy_pkey");
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            return timed(load, rows -> {
                StringBuilder csv = new StringBuilder(rows.size() * 600);
                for (Row r : rows) {
                    MatchFact f = r.fact;
                    csv.append(f.factId()).append('\t').append(f.version()).append('\t').append(f.type().name())
                            .append('\t').append(f.deleted()).append('\t').append(f.season()).append('\t')
                            .append(f.matchday()).append('\t').append(f.matchId()).append('\t').append(f.occurredAt())
                            .append('\t').append(nullable(f.teamId())).append('\t').append(nullable(f.playerId()))
                            .append('\t').append(r.json.replace("\\", "\\\\")).append("\t\\N\tmatch-facts\t0\t")
                            .append(r.offset).append('\n');
                }
                try {
                    copy.copyIn("COPY match_fact_copy (" + COLUMNS + ") FROM STDIN",
                            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
        }
    }

    private static final String COLUMNS = "fact_id, version, type, deleted, season, matchday, match_id, occurred_at,"
            + " team_id, player_id, payload, previous_match_id, source_topic, source_partition, source_offset";

    private record Row(MatchFact fact, String json, long offset) {
    }

    private interface BatchWriter {
        void write(List<Row> rows) throws SQLException;
    }

    /** Parses outside the clock; times only the database's part. */
    private static double timed(SeasonLoad load, BatchWriter writer) {
        long[] nanos = {0};
        long[] offset = {0};
        List<Row> rows = new ArrayList<>(BATCH);
        Runnable flush = () -> {
            long start = System.nanoTime();
            try {
                writer.write(rows);
            } catch (SQLException e) {
                throw new IllegalStateException("The database refused a batch", e);
            }
            nanos[0] += System.nanoTime() - start;
            rows.clear();
        };
        load.forEach(m -> {
            rows.add(new Row(FactCodec.read(m.value()).fact(), new String(m.value(), StandardCharsets.UTF_8), offset[0]++));
            if (rows.size() == BATCH) {
                flush.run();
            }
        });
        if (!rows.isEmpty()) {
            flush.run();
        }
        return nanos[0] / 1e9;
    }

    private static List<Row> latestPerFact(List<Row> rows) {
        Map<String, Row> latest = new java.util.LinkedHashMap<>();
        rows.forEach(r -> latest.merge(r.fact.factId(), r, (a, b) -> b.fact.version() > a.fact.version() ? b : a));
        return List.copyOf(latest.values());
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }

    /** The dispatcher's own migration, so the limits write the same table with the same indexes. */
    private static void createTable(Connection c, String name) throws SQLException, IOException {
        try (InputStream sql = Limits.class.getResourceAsStream("/db/migration/V1__match_fact.sql");
             Statement s = c.createStatement()) {
            if (sql == null) {
                throw new IllegalStateException("The dispatcher's migration is not on the classpath");
            }
            s.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8).replace("match_fact", name));
        }
    }
}
