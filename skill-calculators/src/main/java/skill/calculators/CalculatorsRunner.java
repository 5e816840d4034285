package skill.calculators;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.calculators.Generations.Live;
import skill.calculators.streams.PublishGate;
import skill.core.Topics;
import skill.runtime.KafkaConnection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the live generation of the skills' Kafka Streams application, or catches up a new one beside
 * it and takes over (docs/operations.md, "Rebuilding"). Generation N is the application
 * {@code {base}-g{N}} with state of its own. A new generation counts every fact behind a closed
 * {@link PublishGate}; once its lag is gone it declares itself live ({@link Generations}); the
 * instances of the generation before stop their streams when they read that (and start the new
 * generation instead when their formulas are the same); when the generation before has no member
 * left, the gate opens and the new generation publishes what differs from what was published.
 */
public final class CalculatorsRunner implements AutoCloseable {
    /** Lag on match-fact-updates (records) under which a catching-up generation takes over. */
    static final long CAUGHT_UP = 50;
    private static final Logger LOG = LoggerFactory.getLogger(CalculatorsRunner.class);

    public enum State {
        /** Counting facts behind a closed gate. */
        CATCHING_UP,
        /** Declared live; waiting for the generation before to stop publishing. */
        TAKING_OVER,
        LIVE,
        /** A newer generation with other formulas is live: this instance computes nothing. */
        SUPERSEDED,
        /** The live generation has other formulas, and this instance may not rebuild: it computes nothing. */
        REFUSED
    }

    /** How an instance joins: the live generation, a new one where the formulas differ, or a new one now. */
    public enum Rebuild {
        NEVER, ON_NEW_FORMULAS, NOW;

        /** From skill.calculators.rebuild: never, on-new-formulas or now. */
        public static Rebuild of(String value) {
            try {
                return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("skill.calculators.rebuild is never, on-new-formulas or now, not '"
                        + value + "'", e);
            }
        }
    }

    /** Everything but the generation: what a generation's streams are made of. */
    public record Settings(KafkaConnection kafka, Topics topics, String baseApplicationId, String formulas,
                           Path stateDir, short replicas, Duration commitInterval, int streamThreads,
                           Function<PublishGate, Topology> topology, Consumer<KafkaStreams> onStart) {
    }

    private final Settings settings;
    private final Generations generations;
    private final Admin admin;
    private final ScheduledExecutorService monitor;
    private volatile State state;
    private volatile int generation;
    private volatile KafkaStreams streams;
    private volatile Gate gate;

    public CalculatorsRunner(Settings settings, Rebuild rebuild) throws ExecutionException, InterruptedException {
        this.settings = settings;
        this.generations = Generations.of(settings.kafka(), settings.baseApplicationId(), settings.replicas());
        this.admin = Admin.create(settings.kafka().config());
        Optional<Live> live = generations.live(settings.baseApplicationId());
        boolean sameFormulas = live.map(l -> l.formulas().equals(settings.formulas())).orElse(false);
        if (live.isEmpty() || rebuild == Rebuild.NOW || !sameFormulas && rebuild == Rebuild.ON_NEW_FORMULAS) {
            start(live.map(Live::generation).orElse(0) + 1, State.CATCHING_UP);
        } else if (sameFormulas) {
            start(live.get().generation(), State.TAKING_OVER);
        } else {
            generation = live.get().generation();
            state = State.REFUSED;
            LOG.error("Generation {} of {} is live with other formulas ({}; these are {}): computing nothing. Rebuild "
                            + "with these formulas (skill rebuild, or skill.calculators.rebuild=true) or restore its configuration.",
                    generation, settings.baseApplicationId(), live.get().formulas(), settings.formulas());
        }
        this.monitor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "skill-calculators-generations"));
        monitor.scheduleWithFixedDelay(this::check, 0, 1, TimeUnit.SECONDS);
    }

    /** {@code {base}-g{N}}: every generation has its own consumer group, changelogs and local state. */
    public static String applicationId(String base, int generation) {
        return base + "-g" + generation;
    }

    /** Generation 1 follows the deployments before generations, whose application was the base id itself. */
    static String previousApplicationId(String base, int generation) {
        return generation == 1 ? base : applicationId(base, generation - 1);
    }

    public State state() {
        return state;
    }

    public int generation() {
        return generation;
    }

    /** The running generation's streams, or null while this instance computes nothing. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Members of this instance's generation in other processes (one per stream thread). */
    public int otherMembers() throws ExecutionException, InterruptedException {
        KafkaStreams running = streams;
        int own = running == null ? 0 : running.metadataForLocalThreads().size();
        return Math.max(0, members(applicationId(settings.baseApplicationId(), generation)) - own);
    }

    private synchronized void start(int newGeneration, State newState) {
        generation = newGeneration;
        state = newState;
        gate = new Gate(settings);
        String id = applicationId(settings.baseApplicationId(), newGeneration);
        Properties config = CalculatorsService.streamsConfig(id, settings.kafka(), settings.stateDir(),
                settings.replicas(), settings.commitInterval());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.streamThreads());
        streams = new KafkaStreams(settings.topology().apply(gate), config);
        streams.setUncaughtExceptionHandler(new StreamFailures("Skill calculators " + id));
        settings.onStart().accept(streams);
        streams.start();
        LOG.info("Calculators {} started, {}", id, newState);
    }

    private void check() {
        try {
            String base = settings.baseApplicationId();
            Live live = generations.live(base).orElse(null);
            if (live != null && live.generation() > generation) {
                supersededBy(live);
            } else if (state == State.CATCHING_UP && caughtUp()) {
                generations.declare(base, new Live(generation, settings.formulas()));
                state = State.TAKING_OVER;
                LOG.info("Generation {} of {} caught up: declared live", generation, base);
            }
            if (state == State.TAKING_OVER && members(previousApplicationId(base, generation)) == 0) {
                gate.open = true;
                state = State.LIVE;
                LOG.info("Generation {} of {} is live and publishes", generation, base);
                CalculatorReset.reset(settings.kafka(), previousApplicationId(base, generation), settings.stateDir());
                if (generation == 1) {
                    LegacyKeys.retract(settings.kafka(), settings.topics()); // the upgrade to competitions
                }
            }
        } catch (Exception e) {
            LOG.warn("Checking the generations of {} failed; trying again in a second", settings.baseApplicationId(), e);
        }
    }

    private void supersededBy(Live live) {
        stopStreams();
        if (live.formulas().equals(settings.formulas())) {
            start(live.generation(), State.TAKING_OVER);
        } else {
            generation = live.generation();
            state = State.SUPERSEDED;
            LOG.warn("Generation {} of {} with other formulas took over: this instance computes nothing until it is "
                    + "restarted with that configuration", live.generation(), settings.baseApplicationId());
        }
    }

    /** Every partition of match-fact-updates committed within {@link #CAUGHT_UP} records of its end. */
    private boolean caughtUp() throws ExecutionException, InterruptedException {
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        String id = applicationId(settings.baseApplicationId(), generation);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(id)
                .partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = admin.describeTopics(List.of(settings.topics().matchFactUpdates()))
                .allTopicNames().get().values().stream().flatMap(d -> d.partitions().stream()
                        .map(p -> new TopicPartition(d.name(), p.partition()))).toList();
        Map<TopicPartition, Long> end = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        long lag = 0;
        for (TopicPartition p : partitions) {
            OffsetAndMetadata at = committed.get(p);
            lag += end.get(p) - (at == null ? 0 : at.offset());
        }
        return lag <= CAUGHT_UP;
    }

    private int members(String group) throws ExecutionException, InterruptedException {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return d == null ? 0 : d.members().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw e;
        }
    }

    private synchronized void stopStreams() {
        if (streams != null) {
            streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(10)));
            streams = null;
        }
    }

    @Override
    public void close() {
        monitor.shutdownNow();
        try {
            monitor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopStreams();
        generations.close();
        admin.close();
    }

    /** Opens when the generation is live and the one before has stopped; what that one published is read then. */
    private static final class Gate implements PublishGate {
        private final Settings settings;
        private volatile boolean open;
        private NavigableMap<String, byte[]> before;

        Gate(Settings settings) {
            this.settings = settings;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public synchronized NavigableMap<String, byte[]> publishedBefore() {
            if (before == null) {
                before = CompactedTopics.latest(settings.kafka(), List.of(settings.topics().skillStandings(),
                        settings.topics().skillStandingsByMatchday()));
            }
            return before;
        }
    }
}
