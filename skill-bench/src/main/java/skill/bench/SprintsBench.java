package skill.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skill.calculators.CalculatorsService;
import skill.calculators.SprintDetectionService;
import skill.calculators.streams.SprintDetectionTopology;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.model.FactDetails.Sprint;
import skill.core.model.MatchFact;
import skill.core.sprints.MatchTrackingGenerator;
import skill.core.sprints.MatchTrackingGenerator.Match;
import skill.core.sprints.SprintRules;
import skill.embedded.EmbeddedKafka;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The sprint detector's whole Kafka path against the broker's raw rate, in one run on one broker:
 * (a) a generated match's frames produced to a fresh topic (what the broker accepts), (b) the same
 * frames produced to match-positions while the real detection topology runs, until it has committed
 * the last frame and published every player's final speed summary; heap after GC sampled throughout.
 */
@Command(name = "sprints", mixinStandardHelpOptions = true,
        description = "Frames/s of the full sprint-detection Kafka path vs the broker's raw accept rate, and heap over a match.")
public final class SprintsBench implements Callable<Integer> {
    private static final String SEASON = "2023-24";
    private static final Duration SUMMARY_INTERVAL = Duration.ofSeconds(1);
    private static final Duration MATCH_IDLE = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", description = "Use this broker instead of an embedded one.")
    String bootstrapServers;

    @Option(names = "--minutes-per-half", defaultValue = "45", description = "Length of each half before stoppage (default ${DEFAULT-VALUE}).")
    double minutesPerHalf;

    @Option(names = "--hz", defaultValue = "25", description = "Frames per second (default ${DEFAULT-VALUE}).")
    int hz;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated match (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--without-speed", description = "Frames carry positions only: the detector estimates the speed.")
    boolean withoutSpeed;

    @Option(names = "--commit-interval-ms", defaultValue = "" + SprintDetectionService.DEFAULT_COMMIT_INTERVAL_MS,
            description = "The detector's commit interval (default ${DEFAULT-VALUE}, as skill.sprints.commit-interval).")
    long commitIntervalMs;

    @Option(names = "--warm-up-minutes-per-half", defaultValue = "45",
            description = "A match sent through the detector first, unmeasured, as a running service has seen matches "
                    + "before: JIT compilation (most of a core for tens of seconds) and first transactions out of the clock; "
                    + "0 measures a cold start (default ${DEFAULT-VALUE}).")
    double warmUpMinutesPerHalf;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "Give up after this long (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Match match = MatchTrackingGenerator.generate(seed, hz, minutesPerHalf);
        FrameLoad load = encode(match, "BENCH-" + seed);
        FrameLoad warmUp = warmUpMinutesPerHalf <= 0 ? null
                : encode(MatchTrackingGenerator.generate(seed + 1, hz, warmUpMinutesPerHalf), "WARM-UP-" + seed);
        Instant lastFrame = match.frame(match.frames() - 1, load.matchId(), null, SEASON, 1, false).t();
        try (EmbeddedKafka kafka = bootstrapServers == null ? EmbeddedKafka.start(0, null) : null) {
            String servers = kafka != null ? kafka.bootstrapServers() : bootstrapServers;
            String prefix = "bench-" + System.currentTimeMillis() + "-";
            Topics topics = Topics.defaults().withPrefix(prefix);
            TopicProvisioner.create(KafkaConnection.of(servers), topics, 1, (short) 1);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                admin.createTopics(List.of(new NewTopic(prefix + "raw-frames", 1, (short) 1))).all().get();
                Result result = detect(servers, admin, topics, prefix + "raw-frames", SprintDetectionService.applicationId(prefix + "bench"),
                        warmUp, load, match.tracks().size(), lastFrame);
                report(out, match, load, result);
            }
        }
        return 0;
    }

    private FrameLoad encode(Match match, String matchId) {
        return new FrameLoad(matchId, IntStream.range(0, match.frames())
                .mapToObj(i -> Json.write(match.frame(i, matchId, null, SEASON, 1, !withoutSpeed)))
                .toArray(byte[][]::new));
    }

    private record Result(double raw, double produce, double committed, double summaries, double cpuSeconds,
                          double rawCpuSeconds, double fullCpuSeconds,
                          List<MatchFact> sprints, List<HeapSampler.Sample> heap) {
    }

    /**
     * The warm-up match first (through the detector, then the raw topic is measured, so both rates are
     * of a warm broker), then the measured match through the detector.
     */
    private Result detect(String servers, Admin admin, Topics topics, String rawTopic, String applicationId, FrameLoad warmUp,
                          FrameLoad load, int players, Instant lastFrame) throws Exception {
        Path state = Files.createTempDirectory("skill-bench");
        var props = CalculatorsService.streamsConfig(applicationId, KafkaConnection.of(servers), state, 1,
                Duration.ofMillis(commitIntervalMs));
        var partition = new TopicPartition(topics.matchPositions(), 0);
        try (var streams = new KafkaStreams(SprintDetectionTopology.build(topics, SprintRules.defaults(),
                SUMMARY_INTERVAL, MATCH_IDLE), props);
             var facts = new FactWatch(servers, topics.matchFacts(), load.matchId())) {
            streams.start();
            await(() -> streams.state() == KafkaStreams.State.RUNNING, "the detector to run");
            long before = warmUp == null ? 0 : warmUp.frames().length;
            if (warmUp != null) {
                warmUp.produce(servers, topics.matchPositions());
                await(() -> committed(admin, applicationId, partition) >= before, "the warm-up match");
            }
            long rawCpu = processCpuNanos();
            double raw = load.produce(servers, rawTopic);
            rawCpu = processCpuNanos() - rawCpu;
            long frames = before + load.frames().length;
            try (var heap = new HeapSampler(() -> committed(admin, applicationId, partition))) {
                long start = System.nanoTime();
                long cpu = streamThreadsCpuNanos(applicationId);
                long fullCpu = processCpuNanos();
                double produce = load.produce(servers, topics.matchPositions());
                await(() -> committed(admin, applicationId, partition) >= frames, "the last frame");
                double committed = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (streamThreadsCpuNanos(applicationId) - cpu) / 1e9;
                fullCpu = processCpuNanos() - fullCpu;
                await(() -> facts.check() && facts.summariesAt(lastFrame) >= players, "every player's final speed summary");
                double summaries = (System.nanoTime() - start) / 1e9;
                return new Result(raw, produce, committed, summaries, cpuSeconds, rawCpu / 1e9, fullCpu / 1e9,
                        facts.standingSprints(), heap.samples());
            }
        } finally {
            try (var files = Files.walk(state)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** CPU time of the detector's stream threads: its cost per frame whatever else runs on the machine. */
    private static long streamThreadsCpuNanos(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(applicationId) && t.getName().contains("StreamThread"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    /** CPU time of this whole JVM: embedded broker, producer, detector, GC and JIT. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long committed(Admin admin, String group, TopicPartition partition) {
        try {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .get(partition);
            return offset == null ? 0 : offset.offset();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the detector's committed offset", e);
        }
    }

    private void await(BooleanSupplier done, String what) throws InterruptedException {
        Waits.until(done, what, timeout, 20);
    }

    private void report(PrintWriter out, Match match, FrameLoad load, Result r) {
        int frames = load.frames().length;
        double mb = HeapSampler.mb(load.bytes());
        out.printf("Sprint detection, whole Kafka path: %,d frames (%d Hz, %d players + ball, %s), %.1f MB of JSON, "
                        + "%,d player-samples%n%n", frames, hz, match.tracks().size(),
                withoutSpeed ? "positions only" : "with speed", mb, match.samples());
        out.println(warmUpMinutesPerHalf > 0
                ? "Warm start: a match of " + warmUpMinutesPerHalf + "-minute halves went through the detector first, unmeasured.\n"
                : "Cold start: the detector's first frames are measured (JIT, first transactions).\n");
        out.println("| step | seconds | frames/s | MB/s |");
        out.println("|---|---:|---:|---:|");
        row(out, "raw: produce to a fresh topic (broker accept rate)", r.raw, frames, mb);
        row(out, "full path: produce to match-positions until the detector committed the last frame", r.committed, frames, mb);
        row(out, "  of which producing", r.produce, frames, mb);
        out.printf("| final speed summaries out (summary interval %ds) | %.2f | | |%n", SUMMARY_INTERVAL.toSeconds(), r.summaries);
        out.printf("%nFull path / raw: %.2f (target ≥ 0.50); full path %,.0f frames/s (target ≥ 20,000).%n",
                r.raw / r.committed, frames / r.committed);
        out.printf("Detector stream thread CPU: %.2f s, %.1f µs per frame (%,.0f frames/s per core busy; commit interval %d ms).%n",
                r.cpuSeconds, r.cpuSeconds * 1e6 / frames, frames / r.cpuSeconds, commitIntervalMs);
        out.printf("Whole JVM CPU (broker, producer, detector, GC, JIT): raw %.2f s (%.1f µs per frame), full path %.2f s "
                        + "(%.1f µs per frame); CPU raw / full %.2f (the rate ratio, when both phases keep the cores busy).%n",
                r.rawCpuSeconds, r.rawCpuSeconds * 1e6 / frames, r.fullCpuSeconds, r.fullCpuSeconds * 1e6 / frames,
                r.rawCpuSeconds / r.fullCpuSeconds);
        out.printf("Machine: %d cores, load average %.2f.%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Set<String> truth = match.sprints().stream().map(s -> s.playerId() + "@" + s.startedAt() + "-" + s.endedAt())
                .collect(Collectors.toSet());
        Set<String> found = r.sprints.stream().map(f -> f.playerId() + "@"
                + f.detailsAs(Sprint.class).startedAt().toEpochMilli() + "-" + f.detailsAs(Sprint.class).endedAt().toEpochMilli())
                .collect(Collectors.toCollection(HashSet::new));
        found.retainAll(truth);
        out.printf("Sprints: found %d, true %d, exactly matching (player, start, end) %d.%n%n",
                r.sprints.size(), truth.size(), found.size());

        out.printf("Heap after the latest GC (one JVM: %s, producer, detector; includes the %.0f MB of encoded frames):%n%n",
                bootstrapServers == null ? "embedded broker" : "no broker", mb);
        out.println("| second | frames committed | heap after GC (MB) |");
        out.println("|---:|---:|---:|");
        List<HeapSampler.Sample> heap = r.heap;
        int step = Math.max(1, heap.size() / 10);
        for (int i = 0; i < heap.size(); i += step) {
            HeapSampler.Sample s = heap.get(i);
            out.printf("| %.0f | %,d | %.0f |%n", s.seconds(), s.progress(), HeapSampler.mb(s.heapAfterGcBytes()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String step, double seconds, int frames, double mb) {
        out.printf("| %s | %.2f | %,.0f | %.1f |%n", step, seconds, frames / seconds, mb / seconds);
    }
}
