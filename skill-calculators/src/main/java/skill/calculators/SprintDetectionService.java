package skill.calculators;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.calculators.streams.SprintDetectionTopology;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.sprints.SprintRules;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the sprint detector: its own Kafka Streams application ({@code {prefix}-sprint-detector}),
 * exactly-once, from match-positions to SPRINT and SPEED_SUMMARY facts on match-facts.
 */
@Context
@Requires(property = ConfigKeys.CALCULATORS_ENABLED, notEquals = "false")
@Requires(property = ConfigKeys.SPRINTS_ENABLED, notEquals = "false")
public class SprintDetectionService {
    /**
     * How often the detector commits. Not Kafka Streams' 100 ms under exactly-once: each commit is a
     * transaction round trip, and 1 s cut the bench's full path by a third to a half (docs/benchmarks.md)
     * at the cost of facts becoming visible (read_committed) up to a second later.
     */
    public static final long DEFAULT_COMMIT_INTERVAL_MS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SprintDetectionService.class);
    private final KafkaStreams streams;

    public SprintDetectionService(TopicProvisioner provisioned, Topics topics,
                                  KafkaConnection kafka,
                                  @Value("${" + ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX + ":"
                                          + CalculatorsService.DEFAULT_APPLICATION_ID_PREFIX + "}") String idPrefix,
                                  @Value("${" + ConfigKeys.CALCULATORS_STATE_DIR + ":}") String stateDir,
                                  @Value("${" + ConfigKeys.TOPICS_REPLICATION_FACTOR + ":1}") int replicas,
                                  @Value("${" + ConfigKeys.SPRINTS_NEW_RULE_FROM + ":" + SprintRules.NEW_RULE_FROM + "}") String newRuleFrom,
                                  @Value("${" + ConfigKeys.SPRINTS_RULES + ":}") String rules,
                                  @Value("${" + ConfigKeys.SPRINTS_SUMMARY_INTERVAL + ":10s}") Duration summaryInterval,
                                  @Value("${" + ConfigKeys.SPRINTS_MATCH_IDLE + ":30s}") Duration matchIdle,
                                  @Value("${" + ConfigKeys.SPRINTS_COMMIT_INTERVAL + ":" + DEFAULT_COMMIT_INTERVAL_MS + "ms}")
                                  Duration commitInterval)
            throws Exception {
        Path state = stateDir.isBlank() ? Files.createTempDirectory("skill-streams") : Path.of(stateDir);
        var props = CalculatorsService.streamsConfig(applicationId(idPrefix), kafka, state, replicas, commitInterval);
        streams = new KafkaStreams(SprintDetectionTopology.build(topics, SprintRules.parse(newRuleFrom, rules),
                summaryInterval, matchIdle), props);
        streams.setUncaughtExceptionHandler(new StreamFailures("Sprint detector"));
        streams.start();
        LOG.info("Sprint detector started as {}", applicationId(idPrefix));
    }

    public static String applicationId(String idPrefix) {
        return idPrefix + "-sprint-detector";
    }

    public KafkaStreams streams() {
        return streams;
    }

    @PreDestroy
    void stop() {
        streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(10)));
    }
}
