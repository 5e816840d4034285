package skill.runtime;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.core.ConfigKeys;
import skill.core.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the system's topics when they are missing, before any service uses them (Kafka Streams
 * stops on a missing source topic). Rankings and standings are compacted: the latest per key is
 * the state. Services inject this to start after it; on managed clusters set skill.topics.create=false.
 */
@Singleton
public class TopicProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final Duration DELETION_PATIENCE = Duration.ofSeconds(60);

    public TopicProvisioner(Topics topics,
                            KafkaConnection kafka,
                            @Value("${" + ConfigKeys.TOPICS_CREATE + ":true}") boolean create,
                            @Value("${" + ConfigKeys.TOPICS_PARTITIONS + ":3}") int partitions,
                            @Value("${" + ConfigKeys.TOPICS_REPLICATION_FACTOR + ":1}") short replicas)
            throws ExecutionException, InterruptedException {
        if (create) {
            create(kafka, topics, partitions, replicas);
        }
    }

    /** Creates the missing topics; returns their names. */
    public static List<String> create(KafkaConnection kafka, Topics topics, int partitions, short replicas)
            throws ExecutionException, InterruptedException {
        Set<String> compacted = Set.of(topics.skillRankings(), topics.skillStandings(), topics.skillStandingsByMatchday());
        List<NewTopic> all = List.of(topics.matchFacts(), topics.matchFactsDlq(), topics.matchFactUpdates(),
                        topics.matchPositions(), topics.skillRankings(), topics.skillBadgeEvents(), topics.skillStandings(),
                        topics.skillStandingsByMatchday())
                .stream()
                .map(name -> new NewTopic(name, partitions, replicas).configs(compacted.contains(name)
                        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "8388608")
                        : Map.of()))
                .toList();
        try (Admin admin = Admin.create(kafka.config())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = all.stream().filter(t -> !existing.contains(t.name())).toList();
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            List<String> created = missing.stream().map(NewTopic::name).toList();
            if (!created.isEmpty()) {
                LOG.info("Created topics {}", created);
            }
            return created;
        }
    }

    /** Deletes topics and waits until they are gone: deletion completes in the background, and nothing may recreate them before. */
    public static void delete(Admin admin, List<String> names) throws ExecutionException, InterruptedException {
        admin.deleteTopics(names).all().get();
        long deadline = System.nanoTime() + DELETION_PATIENCE.toNanos();
        while (admin.listTopics().names().get().stream().anyMatch(names::contains)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics not deleted within " + DELETION_PATIENCE + ": " + names);
            }
            Thread.sleep(200);
        }
    }
}
