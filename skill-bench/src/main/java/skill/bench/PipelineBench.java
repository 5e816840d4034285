package skill.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skill.embedded.EmbeddedKafka;
import skill.embedded.EmbeddedPostgresServer;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/**
 * The whole pipeline in one run on one broker and one database: (1) the limits of Kafka and PostgreSQL
 * with the season's own bytes and rows, (2, 4) backfills of 1×, 2×, 4× a season's facts through the
 * three services (separate JVMs) until every skill's published standings carry the numbers skill-core's
 * batch path computes from the same facts, (3) live latency of a matchday replayed at ×10 with frames,
 * (5) each service's peak RSS, the state store and the database per run.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Limits, season backfill, growth, live latency and footprint of the whole pipeline; prints the tables.")
public final class PipelineBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", description = "Use this broker instead of an embedded one.")
    String bootstrapServers;

    @Option(names = "--matchdays", defaultValue = "34", description = "Matchdays per season (default ${DEFAULT-VALUE}).")
    int matchdays;

    @Option(names = "--scale", split = ",", defaultValue = "1,2,4", description = "Seasons per backfill run (default ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--competitions", defaultValue = "1",
            description = "Competitions playing each backfill season at once (BL1, BL2, C03, ...), each with clubs and "
                    + "players of its own, their matches interleaved by time; every competition's season is one task "
                    + "of the calculators (default ${DEFAULT-VALUE}).")
    int competitions;

    @Option(names = "--partitions", description = "Partitions of every topic (default: 3, or one per competition "
            + "where there are more).")
    Integer partitions;

    @Option(names = "--calculators-instances", defaultValue = "1",
            description = "Calculators processes (a stream thread per core each) sharing the tasks (default ${DEFAULT-VALUE}).")
    int calculatorsInstances;

    @Option(names = "--live", split = ",", defaultValue = "1x6,10x60", paramLabel = "SPEEDxMINUTES",
            description = "Live replays, each at × real time for match minutes of matchday 1 (of every competition: "
                    + "9 matches each, facts and 25 Hz frames); none: no live step (default ${DEFAULT-VALUE}).")
    List<String> lives;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated seasons (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--service-jvm-options", defaultValue = "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError",
            description = "JVM options of each service, as in a 512 MB container (default ${DEFAULT-VALUE}).")
    String jvmOptions;

    @Option(names = "--calculators-jvm-options", defaultValue = "-XX:MaxRAMPercentage=35",
            description = "Added for the calculators: their RocksDB lives off the heap; 35 %% of 512 MB took 4 seasons' "
                    + "backfill without a full GC (docs/benchmarks.md; default ${DEFAULT-VALUE}).")
    String calculatorsJvmOptions;

    @Option(names = "--quick", description = "Smoke run: 1 matchday, scale 1,2, 1 live minute at ×30.")
    boolean quick;

    @Option(names = "--timeout", defaultValue = "PT90M", description = "Give up a step after this long (default ${DEFAULT-VALUE}).")
    Duration timeout;

    /**
     * @param groupDone        seconds from the first publish until each competition-season's standings were final
     * @param cpu              CPU seconds per service (summed over the calculators' instances)
     * @param peakRss          per service (the largest calculators instance)
     * @param skillsThreadCpu  CPU seconds of the skills app's stream threads (one per calculators instance)
     * @param partitionsUsed   distinct partitions of match-fact-updates the competition-seasons hash to, and the most
     *                         competition-seasons on one of them
     */
    record Backfill(int competitions, int seasons, long facts, long bytes, double publish, double total,
                    List<Double> groupDone, Map<String, Long> peakRss, Map<String, Double> cpu, double skillsThreadCpu,
                    int partitions, int calculatorsInstances, int[] partitionsUsed, long stateBytes, long[] dbBytes) {
    }

    /**
     * Latencies in ms, one sample per fact (per message for the commit delay), and the CPU the live replay took.
     *
     * @param seconds            of the replay and the wait for the pipeline to go quiet, over which CPU is taken
     * @param cpu                CPU seconds per service in that time (calculators: skills app and sprint detector)
     * @param skillsThreadCpu    of the skills app's stream threads
     * @param detectorThreadCpu  of the sprint detector's stream threads
     */
    record Live(double speed, double minutes, int facts, long frames, List<Long> replayedToUpdateMs,
                List<Long> detectedToUpdateMs, List<Long> replayedToRankingMs, List<Long> detectedToRankingMs,
                long unchanged, List<Long> visibilityMs, Map<String, Long> peakRss, double seconds,
                Map<String, Double> cpu, double skillsThreadCpu, double detectorThreadCpu) {
    }

    record LimitsResult(long facts, long bytes, double produce, double consume, double upsert, double copy) {
    }

    @Override
    public Integer call() throws Exception {
        if (quick) {
            matchdays = 1;
            scales = List.of(1, 2);
            lives = List.of("30x1");
        }
        if (competitions < 1 || calculatorsInstances < 1 || partitions != null && partitions < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--competitions, --partitions and --calculators-instances must be at least 1");
        }
        if (partitions == null) {
            partitions = Math.max(PipelineRun.PARTITIONS, competitions);
        }
        if (lives.equals(List.of("none"))) {
            lives = List.of();
        }
        PrintWriter out = spec.commandLine().getOut();
        String started = Instant.now().toString();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (EmbeddedKafka kafka = bootstrapServers == null ? EmbeddedKafka.start(0, null) : null;
             EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0, null)) {
            String servers = kafka != null ? kafka.bootstrapServers() : bootstrapServers;
            LimitsResult limits;
            List<Backfill> backfills = new ArrayList<>();
            List<String> codes = SeasonLoad.competitionCodes(competitions);
            try (SeasonLoad one = SeasonLoad.generate(seed, matchdays, 1, codes)) {
                limits = limits(one, servers, postgres);
                out.printf("limits done: %,d facts%n", one.messages());
                out.flush();
                for (int scale : scales) {
                    try (SeasonLoad load = scale == 1 ? null : SeasonLoad.generate(seed, matchdays, scale, codes)) {
                        backfills.add(backfill(load == null ? one : load, servers, postgres));
                        out.printf("backfill %d× done%n", scale);
                        out.flush();
                    }
                }
            }
            List<Live> live = new ArrayList<>();
            for (String l : lives) {
                String[] speedMinutes = l.split("x");
                live.add(live(servers, postgres, Double.parseDouble(speedMinutes[0]), Double.parseDouble(speedMinutes[1])));
            }
            new PipelineReport(out, matchdays, competitions,
                    jvmOptions + " (calculators: " + calculatorsJvmOptions + " on top)", partitions,
                    calculatorsInstances).print(started, loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), limits, backfills, live);
        }
        return 0;
    }

    private Map<String, String> serviceJvmOptions() {
        return Map.of("dispatcher", jvmOptions, "calculators", jvmOptions + " " + calculatorsJvmOptions, "api", jvmOptions);
    }

    private LimitsResult limits(SeasonLoad load, String servers, EmbeddedPostgresServer postgres) throws Exception {
        String topic = "bench-" + System.currentTimeMillis() + "-raw-facts";
        double produce = Limits.produce(load, servers, topic, partitions);
        double consume = Limits.consume(servers, topic, load.messages(), timeout);
        String db = "bench_limits_" + System.currentTimeMillis();
        postgres.createDatabase(db);
        double upsert = Limits.upsert(load, postgres.jdbcUrl(db), postgres.username(), postgres.password());
        double copy = Limits.copy(load, postgres.jdbcUrl(db), postgres.username(), postgres.password());
        return new LimitsResult(load.messages(), load.bytes(), produce, consume, upsert, copy);
    }

    private Backfill backfill(SeasonLoad load, String servers, EmbeddedPostgresServer postgres) throws Exception {
        int seasons = load.seasons().size();
        try (var run = new PipelineRun(servers, postgres, "backfill" + seasons, serviceJvmOptions(), Duration.ofMinutes(3),
                partitions, calculatorsInstances);
             var watch = new StandingsWatch(servers, run.topics().skillStandings(), load.expected(), new FactLatency())) {
            Map<ServiceProcess, Double> cpuBefore = new java.util.HashMap<>();
            run.services().forEach(s -> cpuBefore.put(s, s.cpuSeconds()));
            double threadBefore = skillsThreadCpu(run);
            long start = System.nanoTime();
            double publish = Limits.publish(load, servers, run.topics().matchFacts());
            await(watch::done, "every skill's final standings");
            double threadCpu = skillsThreadCpu(run) - threadBefore;
            List<Double> groupDone = new ArrayList<>();
            for (String group : load.groups()) {
                groupDone.add(load.expected().keySet().stream().filter(k -> group.equals(load.groupOf(k)))
                        .mapToDouble(k -> (watch.reachedAt(k) - start) / 1e9).max().orElseThrow());
            }
            double total = groupDone.stream().mapToDouble(d -> d).max().orElseThrow();
            Map<String, Long> rss = new java.util.LinkedHashMap<>();
            Map<String, Double> cpu = new java.util.LinkedHashMap<>();
            run.services().forEach(s -> {
                rss.merge(s.name(), s.peakRssBytes(), Math::max);
                cpu.merge(s.name(), s.cpuSeconds() - cpuBefore.get(s), Double::sum);
            });
            return new Backfill(competitions, seasons,
                    load.messages(), load.bytes(), publish, total, groupDone, rss, cpu, threadCpu, run.partitions(),
                    calculatorsInstances, partitionsUsed(load.groups(), run.partitions()), run.stateStoreBytes(),
                    run.databaseBytes());
        }
    }

    /** CPU seconds of the skills app's stream threads (not the sprint detector's) of every calculators instance. */
    private static double skillsThreadCpu(PipelineRun run) throws Exception {
        return streamThreadCpu(run, false);
    }

    /** CPU seconds of the sprint detector's stream threads of every calculators instance. */
    private static double detectorThreadCpu(PipelineRun run) throws Exception {
        return streamThreadCpu(run, true);
    }

    private static double streamThreadCpu(PipelineRun run, boolean detector) throws Exception {
        double seconds = 0;
        for (ServiceProcess s : run.services()) {
            if (s.name().equals("calculators")) {
                seconds += s.threadCpuSeconds(t -> t.contains("StreamThread") && t.contains("sprint-detector") == detector);
            }
        }
        return seconds;
    }

    /**
     * Where the dispatcher's keys ({competition}|{season}, the default partitioner's murmur2) put the groups:
     * {distinct partitions, the most groups on one partition}.
     */
    static int[] partitionsUsed(List<String> groups, int partitions) {
        Map<Integer, Integer> perPartition = new java.util.HashMap<>();
        for (String group : groups) {
            int p = org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(
                    group.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % partitions;
            perPartition.merge(p, 1, Integer::sum);
        }
        return new int[]{perPartition.size(), perPartition.values().stream().mapToInt(i -> i).max().orElse(0)};
    }

    private Live live(String servers, EmbeddedPostgresServer postgres, double speed, double minutes) throws Exception {
        FactLatency latency = new FactLatency();
        try (var run = new PipelineRun(servers, postgres, "live" + Math.round(speed), serviceJvmOptions(), Duration.ofMinutes(3),
                partitions, calculatorsInstances);
             var watch = new StandingsWatch(servers, run.topics().skillStandings(), Map.of(), latency);
             var updates = new UpdateWatch(servers, run.topics().matchFactUpdates(), latency)) {
            Map<ServiceProcess, Double> cpuBefore = new java.util.HashMap<>();
            run.services().forEach(s -> cpuBefore.put(s, s.cpuSeconds()));
            double skillsBefore = skillsThreadCpu(run);
            double detectorBefore = detectorThreadCpu(run);
            long start = System.nanoTime();
            LiveReplay.Sent sent = LiveReplay.run(servers, run.topics().matchFacts(), run.topics().matchPositions(), seed,
                    speed, minutes, "2025-26", SeasonLoad.competitionCodes(competitions));
            // The last facts (the sprint detector's final summaries among them) take up to a few commits.
            long[] last = {-1};
            await(() -> {
                long seen = updates.replayedMs().size() + updates.detectedMs().size();
                boolean settled = seen > 0 && seen == last[0];
                last[0] = seen;
                sleepQuietly(2_000);
                return settled;
            }, "the pipeline to go quiet");
            double seconds = (System.nanoTime() - start) / 1e9;
            double skills = skillsThreadCpu(run) - skillsBefore;
            double detector = detectorThreadCpu(run) - detectorBefore;
            Map<String, Long> rss = new java.util.LinkedHashMap<>();
            Map<String, Double> cpu = new java.util.LinkedHashMap<>();
            run.services().forEach(s -> {
                rss.merge(s.name(), s.peakRssBytes(), Math::max);
                cpu.merge(s.name(), s.cpuSeconds() - cpuBefore.get(s), Double::sum);
            });
            return new Live(speed, minutes, sent.facts(), sent.frames(), updates.replayedMs(), updates.detectedMs(),
                    latency.ms(false), latency.ms(true), latency.unchanged(), watch.visibilityMs(), rss, seconds, cpu,
                    skills, detector);
        }
    }

    private void await(BooleanSupplier done, String what) throws InterruptedException {
        Waits.until(done, what, timeout, 50);
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
