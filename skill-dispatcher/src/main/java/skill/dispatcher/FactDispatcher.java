package skill.dispatcher;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.MatchFact;
import skill.runtime.DeadLetters;
import skill.runtime.RejectionLog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Consumes match-facts, stores each batch in PostgreSQL, publishes the update events and the dead
 * letters (idempotent producer, every send acknowledged), then commits the consumed offsets: persist,
 * then republish, at least once. A crash in between reads the batch again; the store recognises the
 * replayed messages and republishes them, and the calculators drop what they already counted by factId
 * and version, so the rankings stay exactly-once. Not a Kafka transaction: its commit and markers were a
 * round trip on every fact's way to its ranking, and bought nothing the versions do not
 * (docs/benchmarks.md). Any failure restarts the session from the last committed offsets after a
 * bounded, growing back-off.
 */
public final class FactDispatcher implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FactDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DispatcherSettings settings;
    private final FactStore store;
    private final DispatchMetrics metrics;
    private final MeterRegistry registry;
    private final RejectionLog rejections = new RejectionLog(LOG);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    /** When it retries, while the dispatcher backs off; null while it consumes. The reason goes to the log only. */
    private volatile String failure;

    public FactDispatcher(DispatcherSettings settings, FactStore store, MeterRegistry registry) {
        this.settings = settings;
        this.store = store;
        this.metrics = new DispatchMetrics(registry);
        this.registry = registry;
    }

    @Override
    public void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                session();
            } catch (WakeupException e) {
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.error("Dispatcher session failed; retrying in {} s", backoff.toSeconds(), e);
                failure = "retrying in " + backoff.toSeconds() + " s";
                metrics.failure();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** That the dispatcher is backing off, if it is, and for how long: for health. */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops the loop; safe from any thread. */
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    private void session() throws Exception {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig());
             KafkaClientMetrics clientMetrics = new KafkaClientMetrics(c)) {
            clientMetrics.bindTo(registry); // consumer lag (records-lag-max), fetch and poll rates
            consumer = c;
            c.subscribe(List.of(settings.topics().matchFacts()));
            LOG.info("Dispatcher consuming {} as group {}", settings.topics().matchFacts(), settings.groupId());
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    dispatch(records, c, producer);
                }
                failure = null;
            }
        } finally {
            consumer = null;
        }
    }

    private void dispatch(ConsumerRecords<String, byte[]> records, KafkaConsumer<String, byte[]> c,
                          KafkaProducer<String, byte[]> producer) throws Exception {
        List<IncomingFact> valid = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            FactParse parse = FactCodec.read(r.value());
            if (parse.isValid()) {
                // Stored and republished in its competition, so the calculators never guess (contract §1).
                valid.add(new IncomingFact(parse.fact().inCompetitionOr(settings.defaultCompetition()), r.topic(), r.partition(), r.offset(), publishedAt(r)));
            } else {
                rejections.rejected(r.topic(), r.partition(), r.offset(), parse.reason());
                deadLetters.add(DeadLetters.of(r, parse.reason(), settings.topics().matchFactsDlq()));
            }
        }
        List<StoreOutcome> outcomes = valid.isEmpty() ? List.of() : store.store(valid);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        deadLetters.forEach(d -> sent.add(producer.send(d)));
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).republish()) {
                publish(producer, outcomes.get(i), valid.get(i).publishedAt(), sent);
            }
        }
        producer.flush();
        for (Future<RecordMetadata> acknowledged : sent) {
            acknowledged.get(); // a send that failed fails the session: the batch is read and published again
        }
        c.commitSync(next);
        outcomes.forEach(o -> metrics.outcome(o.kind()));
        metrics.rejected(deadLetters.size());
    }

    /**
     * The update event is keyed by the fact's ranking scope (its competition and season), so one
     * calculator task ranks a whole competition's season; it keeps the fact's publish time, so the calculators can measure fact-to-ranking latency.
     */
    private void publish(KafkaProducer<String, byte[]> producer, StoreOutcome o, long publishedAt,
                         List<Future<RecordMetadata>> sent) {
        MatchFact f = o.fact();
        String topic = settings.topics().matchFactUpdates();
        if (o.previousMatchId() != null) {
            // The fact moved to another match: retract it where it was counted before.
            MatchFact retraction = new MatchFact(f.factId(), f.version(), f.type(), true, f.competition(),
                    f.season(), f.matchday(), o.previousMatchId(), f.occurredAt(), f.period(), f.sequence(),
                    f.possessionId(), f.teamId(), f.playerId(), null);
            sent.add(producer.send(new ProducerRecord<>(topic, null, publishedAt, f.rankingScope(),
                    FactCodec.write(retraction))));
        }
        sent.add(producer.send(new ProducerRecord<>(topic, null, publishedAt, f.rankingScope(), FactCodec.write(f))));
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> p = settings.kafka().config();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> p = settings.kafka().config();
        // In order and without duplicates from its own retries; a whole batch again only after a crash.
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return p;
    }

    /**
     * The record's timestamp, or now if it has none: the broker accepts -1 (no timestamp) from clients
     * other than Java's, and a ProducerRecord refuses a negative one, which would fail every retry.
     */
    private static long publishedAt(ConsumerRecord<String, byte[]> r) {
        return r.timestamp() >= 0 ? r.timestamp() : System.currentTimeMillis();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
