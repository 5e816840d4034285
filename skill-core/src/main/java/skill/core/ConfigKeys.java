package skill.core;

import java.util.Locale;

/**
 * Every configuration key of the system, in one place. Each is documented in docs/configuration.md.
 * Micronaut also reads them from environment variables (e.g. SKILL_TOPICS_MATCH_FACTS).
 */
public final class ConfigKeys {
    private ConfigKeys() {
    }

    /**
     * Prefix of every Kafka client property the services pass to their clients (kafka.security.protocol,
     * kafka.sasl.jaas.config, kafka.ssl.truststore.location, ...); the brokers are one of them.
     */
    public static final String KAFKA_PREFIX = "kafka.";
    public static final String KAFKA_BOOTSTRAP_SERVERS = KAFKA_PREFIX + "bootstrap.servers";

    public static final String TOPIC_MATCH_FACTS = "skill.topics.match-facts";
    public static final String TOPIC_MATCH_FACTS_DLQ = "skill.topics.match-facts-dlq";
    public static final String TOPIC_MATCH_FACT_UPDATES = "skill.topics.match-fact-updates";
    public static final String TOPIC_MATCH_POSITIONS = "skill.topics.match-positions";
    public static final String TOPIC_SKILL_RANKINGS = "skill.topics.skill-rankings";
    public static final String TOPIC_SKILL_BADGE_EVENTS = "skill.topics.skill-badge-events";
    public static final String TOPIC_SKILL_STANDINGS = "skill.topics.skill-standings";
    public static final String TOPIC_SKILL_STANDINGS_BY_MATCHDAY = "skill.topics.skill-standings-by-matchday";

    /** Whether a service creates missing topics at start, with how many partitions and replicas. */
    public static final String TOPICS_CREATE = "skill.topics.create";
    public static final String TOPICS_PARTITIONS = "skill.topics.partitions";
    public static final String TOPICS_REPLICATION_FACTOR = "skill.topics.replication-factor";

    /** Which services a process runs; all three default to true so one JVM can run everything. */
    public static final String DISPATCHER_ENABLED = "skill.dispatcher.enabled";
    public static final String CALCULATORS_ENABLED = "skill.calculators.enabled";
    public static final String API_ENABLED = "skill.api.enabled";

    /** The port of /health (with details, liveness, readiness) and /prometheus, apart from the public port. */
    public static final String MANAGEMENT_PORT = "endpoints.all.port";

    /** The API's live streams (SSE): open streams per client address and per instance, lifetime, reconnect delay. */
    public static final String API_STREAMS_PER_CLIENT = "skill.api.streams.per-client";
    public static final String API_STREAMS_PER_INSTANCE = "skill.api.streams.per-instance";
    public static final String API_STREAMS_LIFETIME = "skill.api.streams.lifetime";
    public static final String API_STREAMS_RETRY = "skill.api.streams.retry";
    /** Proxies (addresses or CIDRs) whose Forwarded / X-Forwarded-For the API believes about the client's address. */
    public static final String API_TRUSTED_PROXIES = "skill.api.trusted-proxies";

    public static final String DISPATCHER_GROUP_ID = "skill.dispatcher.group-id";
    public static final String DISPATCHER_MAX_POLL_RECORDS = "skill.dispatcher.max-poll-records";

    public static final String CALCULATORS_APPLICATION_ID_PREFIX = "skill.calculators.application-id-prefix";
    public static final String CALCULATORS_STATE_DIR = "skill.calculators.state-dir";
    public static final String CALCULATORS_COMMIT_INTERVAL = "skill.calculators.commit-interval";
    public static final String CALCULATORS_SKILLS = "skill.calculators.skills";
    /** Stream threads of the skills app per instance (0, the default: one per core): its tasks run in parallel. */
    public static final String CALCULATORS_STREAM_THREADS = "skill.calculators.stream-threads";
    /**
     * When an instance catches up a new generation beside the live one instead of joining it: never (default),
     * on-new-formulas (its formulas differ from the live generation's) or now (skill rebuild).
     */
    public static final String CALCULATORS_REBUILD = "skill.calculators.rebuild";

    /** The sprint detector (docs/sprints.md): whether it runs, the rule per season, how often speed summaries go out. */
    public static final String SPRINTS_ENABLED = "skill.sprints.enabled";
    public static final String SPRINTS_NEW_RULE_FROM = "skill.sprints.new-rule-from";
    public static final String SPRINTS_RULES = "skill.sprints.rules";
    public static final String SPRINTS_SUMMARY_INTERVAL = "skill.sprints.summary-interval";
    public static final String SPRINTS_MATCH_IDLE = "skill.sprints.match-idle";
    public static final String SPRINTS_COMMIT_INTERVAL = "skill.sprints.commit-interval";

    /** The competition of facts and frames that name none (contract §1), and the REST default. */
    public static final String DEFAULT_COMPETITION = "skill.default-competition";
    /** How soon after occurring a badge event's cause must be counted for the event to be live. */
    public static final String BADGES_LIVE_WINDOW = "skill.badges.live-window";

    public static final String SCORING_MIN_MINUTES = "skill.scoring.min-minutes";
    public static final String SCORING_DIFFICULT_PASS_THRESHOLD = "skill.scoring.difficult-pass-threshold";
    /** Prefix of the per-skill metric weights: skill.scoring.weights.finisher.goals = 0.45 etc. */
    public static final String SCORING_WEIGHTS = "skill.scoring.weights";

    /** The environment variable of a key, as Micronaut maps it: skill.topics.match-facts → SKILL_TOPICS_MATCH_FACTS. */
    public static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
