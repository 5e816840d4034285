package skill.calculators;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.calculators.streams.SkillTopology;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.skills.SkillModel;
import skill.core.skills.SkillModels;
import skill.core.skills.SeasonTotals;
import skill.core.standings.ScoreFormula;
import skill.core.standings.StandingsCalculator;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Runs one Kafka Streams application per skill (own application id, so each can be redeployed or
 * rebuilt alone), with exactly-once processing.
 */
@Context
@Requires(property = ConfigKeys.CALCULATORS_ENABLED, notEquals = "false")
public class CalculatorsService {
    private static final Logger LOG = LoggerFactory.getLogger(CalculatorsService.class);
    private final Map<String, KafkaStreams> running = new TreeMap<>();

    public CalculatorsService(TopicProvisioner provisioned, Topics topics, Environment env, MeterRegistry registry,
                              KafkaConnection kafka,
                              @Value("${" + ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX + ":skill-calculator}") String idPrefix,
                              @Value("${" + ConfigKeys.CALCULATORS_STATE_DIR + ":}") String stateDir,
                              @Value("${" + ConfigKeys.CALCULATORS_FLUSH_INTERVAL + ":500ms}") Duration flushInterval,
                              @Value("${" + ConfigKeys.TOPICS_REPLICATION_FACTOR + ":1}") int replicas,
                              @Value("${" + ConfigKeys.SCORING_MIN_MINUTES + ":270}") long minMinutes,
                              @Value("${" + ConfigKeys.SCORING_DIFFICULT_PASS_THRESHOLD + ":0.5}") double difficultPass,
                              @Value("${" + ConfigKeys.CALCULATORS_SKILLS + ":}") List<String> skills)
            throws Exception {
        Path state = stateDir.isBlank() ? Files.createTempDirectory("skill-streams") : Path.of(stateDir);
        List<String> chosen = skills.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (SkillModel model : SkillModels.all(difficultPass)) {
            if (!chosen.isEmpty() && !chosen.contains(model.skill().path())) {
                continue;
            }
            Properties props = streamsConfig(idPrefix + "-" + model.skill().path(), kafka, state, replicas);
            var calculator = new StandingsCalculator(model, new ScoreFormula(weights(env, model)), minMinutes);
            Timer latency = Timer.builder("skill.calculators.fact.to.ranking")
                    .description("From a fact's publish to the recomputed ranking that reflects it")
                    .tag("skill", model.skill().path()).publishPercentileHistogram().register(registry);
            KafkaStreams streams = new KafkaStreams(
                    SkillTopology.build(topics, calculator, flushInterval, latency::record), props);
            // Kafka Streams' own metrics: consumer lag, process rates, state store and commit latencies.
            new KafkaStreamsMetrics(streams, List.of(Tag.of("skill", model.skill().path()))).bindTo(registry);
            streams.setUncaughtExceptionHandler(e -> {
                LOG.error("{} calculator failed; replacing its stream thread", model.skill(), e);
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
                        .StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            streams.start();
            running.put(model.skill().path(), streams);
            LOG.info("{} calculator started as {}", model.skill(), props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        }
    }

    /** One skill's Kafka Streams settings: exactly-once, so a crash never counts a fact twice. */
    public static Properties streamsConfig(String applicationId, KafkaConnection kafka, Path stateDir, int replicas) {
        Properties props = new Properties();
        props.putAll(kafka.config());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicas);
        // A transaction that begins right after a commit meets CONCURRENT_TRANSACTIONS until the
        // coordinator finishes the last one; retry within milliseconds, not the default 100 ms.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 5);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDB.class);
        return props;
    }

    /** Weights from skill.scoring.weights.{skill}.{metric}, each defaulting to the model's. */
    static Map<String, Double> weights(Environment env, SkillModel model) {
        Map<String, Double> weights = new HashMap<>(model.defaultWeights());
        String prefix = ConfigKeys.SCORING_WEIGHTS + "." + model.skill().path() + ".";
        model.metrics(SeasonTotals.of(java.util.List.of())).keySet().forEach(metric ->
                env.getProperty(prefix + metric, Double.class).ifPresent(w -> weights.put(metric, w)));
        return weights;
    }

    /** The running apps by skill path. */
    public Map<String, KafkaStreams> streams() {
        return Map.copyOf(running);
    }

    @PreDestroy
    void stop() {
        // Leaving the group hands partitions over at once instead of after the session timeout.
        running.values().forEach(s -> s.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(10))));
    }
}
