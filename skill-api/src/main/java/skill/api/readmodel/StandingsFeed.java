package skill.api.readmodel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.skills.RankingKey;
import skill.core.standings.BadgeEvent;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Feeds the {@link StandingsReadModel} from the compacted skill-standings and skill-standings-by-matchday
 * topics, and the skill-badge-events topic for the dashboard's ticker, on its own thread.
 * Every instance holds the whole topic, so it reads all partitions from the beginning without a
 * consumer group: no offsets to commit, no rebalances, and any number of API replicas.
 */
@Context
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
public class StandingsFeed implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(StandingsFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long RETRY_MILLIS = 1_000;

    private final StandingsReadModel model;
    private final String topic;
    private final String byMatchdayTopic;
    private final String badgeEventsTopic;
    private final Counter rejected;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public StandingsFeed(TopicProvisioner provisioned, Topics topics, StandingsReadModel model, MeterRegistry registry,
                         KafkaConnection kafka) {
        this.model = model;
        this.topic = topics.skillStandings();
        this.byMatchdayTopic = topics.skillStandingsByMatchday();
        this.badgeEventsTopic = topics.skillBadgeEvents();
        this.rejected = registry.counter("skill.api.standings.rejected");
        this.consumer = new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Standings are one message per competition, season and skill, with every player: allow large ones.
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024)),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this, "skill-api-standings-feed");
        thread.start();
    }

    @Override
    public void run() {
        try (consumer) {
            while (running) {
                try {
                    if (consumer.assignment().isEmpty() && !assignAll()) {
                        pause();
                        continue;
                    }
                    consumer.poll(POLL).forEach(this::apply);
                } catch (WakeupException e) {
                    // stop() woke us; the loop condition ends the thread.
                } catch (RuntimeException e) {
                    LOG.error("Reading {} failed; retrying", topic, e);
                    pause();
                }
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }

    /** False while a topic does not exist yet (e.g. topic creation is left to operations). */
    private boolean assignAll() {
        List<TopicPartition> partitions = Stream.of(topic, byMatchdayTopic, badgeEventsTopic)
                .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                .toList();
        if (partitions.stream().map(TopicPartition::topic).distinct().count() < 3) {
            return false;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        LOG.info("Reading {}, {} and {} ({} partitions) from the beginning", topic, byMatchdayTopic, badgeEventsTopic,
                partitions.size());
        return true;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.topic().equals(badgeEventsTopic)) {
                BadgeEvent event = StandingsMessages.badgeEvent(record.value());
                if (event.competition() == null) {
                    skipLegacy(record);
                } else {
                    model.apply(event);
                }
            } else if (RankingKey.isLegacy(record.key())) {
                skipLegacy(record);
            } else {
                RankingKey key = StandingsMessages.key(record.key(), record.topic().equals(byMatchdayTopic));
                model.apply(key, record.value() == null ? null : StandingsMessages.parse(key, record.value()));
            }
        } catch (RuntimeException e) {
            rejected.increment();
            LOG.warn("Skipped malformed message {}-{}@{} (key {}): {}",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
        }
    }

    /**
     * A message from before competitions (contract, Changes 2026-12-03): standings under a {season}|{SKILL}
     * key, which the upgrade retracts with tombstones, or a badge event without a competition. Nothing
     * to serve, nothing wrong.
     */
    private static void skipLegacy(ConsumerRecord<String, byte[]> record) {
        LOG.debug("Ignored {}-{}@{} (key {}): from before competitions", record.topic(), record.partition(),
                record.offset(), record.key());
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
