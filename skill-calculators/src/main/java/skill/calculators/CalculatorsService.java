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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.calculators.streams.SkillTopology;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.skills.Skill;
import skill.core.skills.SkillModel;
import skill.core.skills.SkillModels;
import skill.core.skills.SeasonTotals;
import skill.core.standings.ScoreFormula;
import skill.core.standings.StandingsCalculator;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Runs the chosen skills (all four by default) as one Kafka Streams application with exactly-once
 * processing, so that each fact is consumed, stored and decoded once for all of them. Its
 * application id names the skills it computes, so a deployment of a subset (to redeploy or rebuild
 * a skill alone) has state of its own.
 */
@Context
@Requires(property = ConfigKeys.CALCULATORS_ENABLED, notEquals = "false")
public class CalculatorsService {
    /** Live latency against transactions per second: a fact waits for the next commit (docs/benchmarks.md). */
    public static final long DEFAULT_COMMIT_INTERVAL_MS = 25;
    static final long POLL_MS = 10;
    /**
     * Starts every application id of the calculators (skills and sprint detector), and so their consumer
     * groups, internal topics and transactional ids (Kafka ACLs: deploy/kafka-acls.sh).
     */
    public static final String DEFAULT_APPLICATION_ID_PREFIX = "skill-calculator";
    private static final Logger LOG = LoggerFactory.getLogger(CalculatorsService.class);
    private final CalculatorsRunner runner;

    public CalculatorsService(TopicProvisioner provisioned, Topics topics, Environment env, MeterRegistry registry,
                              KafkaConnection kafka,
                              @Value("${" + ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX + ":" + DEFAULT_APPLICATION_ID_PREFIX + "}") String idPrefix,
                              @Value("${" + ConfigKeys.CALCULATORS_STATE_DIR + ":}") String stateDir,
                              @Value("${" + ConfigKeys.CALCULATORS_COMMIT_INTERVAL + ":" + DEFAULT_COMMIT_INTERVAL_MS + "ms}")
                              Duration commitInterval,
                              @Value("${" + ConfigKeys.TOPICS_REPLICATION_FACTOR + ":1}") int replicas,
                              @Value("${" + ConfigKeys.SCORING_MIN_MINUTES + ":270}") long minMinutes,
                              @Value("${" + ConfigKeys.SCORING_DIFFICULT_PASS_THRESHOLD + ":0.5}") double difficultPass,
                              @Value("${" + ConfigKeys.CALCULATORS_SKILLS + ":}") List<String> skills,
                              @Value("${" + ConfigKeys.CALCULATORS_STREAM_THREADS + ":0}") int streamThreads,
                              @Value("${" + ConfigKeys.BADGES_LIVE_WINDOW + ":60s}") Duration liveWindow,
                              @Value("${" + ConfigKeys.CALCULATORS_REBUILD + ":never}") String rebuild)
            throws Exception {
        Path state = stateDir.isBlank() ? Files.createTempDirectory("skill-streams") : Path.of(stateDir);
        Set<Skill> chosen = chosen(skills);
        List<StandingsCalculator> calculators = SkillModels.all(difficultPass).stream()
                .filter(model -> chosen.contains(model.skill()))
                .map(model -> new StandingsCalculator(model, new ScoreFormula(weights(env, model)), minMinutes))
                .toList();
        Timer latency = Timer.builder("skill.calculators.fact.to.ranking")
                .description("From a fact's publish to the ranking that counts it (computed; readable at the commit)")
                .publishPercentileHistogram().register(registry);
        String applicationId = applicationId(idPrefix, chosen);
        runner = new CalculatorsRunner(new CalculatorsRunner.Settings(kafka, topics, applicationId,
                formulas(calculators, difficultPass), state, (short) replicas, commitInterval,
                // A competition's season is one task: threads let one instance rank several at once.
                streamThreads > 0 ? streamThreads : Runtime.getRuntime().availableProcessors(),
                gate -> SkillTopology.build(topics, calculators, liveWindow, latency::record, gate),
                // Kafka Streams' own metrics of each generation: consumer lag, process rates, store and commit latencies.
                streams -> new KafkaStreamsMetrics(streams, List.of(Tag.of("application", applicationId))).bindTo(registry)),
                CalculatorsRunner.Rebuild.of(rebuild));
        LOG.info("Calculators of {} started as generation {} of {}: {}", chosen, runner.generation(), applicationId,
                runner.state());
    }

    /**
     * The fingerprint of what the rankings are computed with (weights, minimum minutes, the difficult-pass
     * threshold): a generation is live with one, and an instance with another does not join it.
     */
    static String formulas(List<StandingsCalculator> calculators, double difficultPass) {
        StringBuilder all = new StringBuilder("difficultPass=" + difficultPass);
        calculators.forEach(c -> all.append(';').append(c.model().skill()).append(c.formula().weights())
                .append(",minMinutes=").append(c.minMinutes()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The skills named in skill.calculators.skills (paths, comma-separated), or all four when none are. */
    public static Set<Skill> chosen(List<String> paths) {
        Set<Skill> chosen = EnumSet.noneOf(Skill.class);
        paths.stream().map(String::trim).filter(p -> !p.isEmpty()).forEach(p -> chosen.add(Skill.fromPath(p)
                .orElseThrow(() -> new IllegalArgumentException("Unknown skill '" + p + "' in "
                        + ConfigKeys.CALCULATORS_SKILLS + "; known are " + paths(EnumSet.allOf(Skill.class), ", ")))));
        return chosen.isEmpty() ? EnumSet.allOf(Skill.class) : chosen;
    }

    /** {prefix}-{skills in their fixed order, joined by '-'}, e.g. skill-calculator-finisher. */
    public static String applicationId(String prefix, Set<Skill> skills) {
        return prefix + "-" + paths(skills, "-");
    }

    private static String paths(Set<Skill> skills, String separator) {
        return String.join(separator, skills.stream().sorted().map(Skill::path).toList());
    }

    /** The calculators' Kafka Streams settings: exactly-once, so a crash never counts a fact twice. */
    public static Properties streamsConfig(String applicationId, KafkaConnection kafka, Path stateDir, int replicas,
                                           Duration commitInterval) {
        Properties props = new Properties();
        props.putAll(kafka.config());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Each commit is a transaction: output becomes readable (read_committed) only then.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        // The stream thread checks for a due commit only between polls: with Kafka Streams' 100 ms poll, a
        // fact waited for the poll after it as well as for the commit (docs/benchmarks.md).
        props.put(StreamsConfig.POLL_MS_CONFIG, POLL_MS);
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), (int) POLL_MS);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicas);
        // A transaction that begins right after a commit meets CONCURRENT_TRANSACTIONS until the
        // coordinator finishes the last one; retry within milliseconds, not the default 100 ms.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 5);
        // ... and not growing to the default second: those retries set the live p99 (docs/benchmarks.md).
        props.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), 50);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDB.class);
        // Kafka Streams keeps a closed member in its group until the session timeout (45 s), and close's
        // leaveGroup acts on static members only before Kafka 4.2 (KIP-1153): a stopped generation, a
        // scaled-down or rolling instance hands its tasks over at once instead (takeover 45 s → 4 s).
        props.put(StreamsConfig.mainConsumerPrefix("internal.leave.group.on.close"), true);
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

    public CalculatorsRunner runner() {
        return runner;
    }

    @PreDestroy
    void stop() {
        // Leaving the group hands partitions over at once instead of after the session timeout.
        runner.close();
    }
}
