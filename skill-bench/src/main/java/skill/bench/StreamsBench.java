package skill.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;
import skill.embedded.EmbeddedKafka;
import skill.runtime.KafkaConnection;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One API instance (`service api` in its own JVM, as deployed) without and then with N open live
 * streams, each from its own forwarded client address: heap used after a full GC, and the latency of
 * GET top 10 under C concurrent clients. Loopback only; prints a table for docs/benchmarks.md.
 */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Heap and top-10 latency of one API instance without and with N open live streams; prints the table.")
public final class StreamsBench implements Callable<Integer> {
    private static final String TOP10 = "/api/v1/rankings/finisher";
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.eE+]+)");
    private static final Pattern OPEN = Pattern.compile("skill_api_streams_open(?:\\{[^}]*})? ([0-9.eE+]+)");

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", description = "Use this broker instead of an embedded one.")
    String bootstrapServers;

    @Option(names = "--streams", defaultValue = "2000", description = "Live streams to open (default ${DEFAULT-VALUE}).")
    int streams;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent GET clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", defaultValue = "PT30S", description = "Each latency measurement, after as long a warm-up (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--api-jvm-options", defaultValue = "-XX:MaxRAM=512m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError",
            description = "JVM options of the API, as in a 512 MB container (default ${DEFAULT-VALUE}).")
    String jvmOptions;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String started = Instant.now().toString();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (EmbeddedKafka kafka = bootstrapServers == null ? EmbeddedKafka.start(0, null) : null) {
            String servers = kafka != null ? kafka.bootstrapServers() : bootstrapServers;
            Topics topics = Topics.defaults().withPrefix("bench-streams-" + System.currentTimeMillis() + "-");
            Map<String, String> props = new HashMap<>(topics.config());
            props.put(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, servers);
            // The streams come from loopback, each naming its own client as a proxy would.
            props.put(ConfigKeys.API_TRUSTED_PROXIES, "127.0.0.1");
            props.put(ConfigKeys.API_STREAMS_PER_INSTANCE, Integer.toString(streams));
            try (ServiceProcess api = ServiceProcess.start("api", jvmOptions, props, Duration.ofMinutes(3))) {
                publishSeason(servers, topics);
                Waits.until(() -> ranked(api), "the published ranking", Duration.ofMinutes(2), 200);
                List<String> rows = new ArrayList<>();
                rows.add(measure(api, 0));
                AtomicIntegerArray statuses = open(api, streams);
                long opened = IntStream.range(0, streams).filter(i -> statuses.get(i) == 200).count();
                int beyond = open(api, 1).get(0);
                out.printf("opened %,d of %,d streams (%s); one more: %d%n", opened, streams,
                        value(OPEN, api.management("/prometheus").body()) + " open by the gauge", beyond);
                rows.add(measure(api, opened));
                out.printf("%n### %s, load average %.1f → %.1f (%d cores), API: %s, %d GET clients, %s each%n%n",
                        started, loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors(), jvmOptions, clients, duration);
                out.println("| open streams | heap used after full GC | top 10: requests/s | p50 | p99 |");
                out.println("|---|---|---|---|---|");
                rows.forEach(out::println);
            }
        }
        return 0;
    }

    /** One season's finisher standings of 500 players, as the calculators publish them. */
    private static void publishSeason(String servers, Topics topics) {
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            entries.add(new StandingEntry(i, "P" + i, "Player " + i, "T" + i % 18, "Team " + i % 18, 1.0 - i / 1000.0,
                    900 + i, true,
                    Map.of("goals", (double) (500 - i), "xGoals", i / 10.0)));
        }
        Standings standings = new Standings("BL1", "2025-26", Skill.FINISHER, 20, Instant.now(), entries.size(), entries);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaConnection.of(servers).config(),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.skillStandings(), standings.skill().rankingKey(standings.competition(), standings.season()),
                    Json.write(standings)));
        }
    }

    /** Opens {@code count} streams, each from its own forwarded address; their statuses once all answered. */
    private AtomicIntegerArray open(ServiceProcess api, int count) throws InterruptedException {
        AtomicIntegerArray statuses = new AtomicIntegerArray(count);
        CountDownLatch answered = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            String client = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
            http.sendAsync(HttpRequest.newBuilder(api.uri(i % 2 == 0 ? TOP10 + "/stream" : "/api/v1/badge-events/stream"))
                    .header("X-Forwarded-For", client).build(), info -> {
                        statuses.set(n, info.statusCode());
                        answered.countDown();
                        return HttpResponse.BodySubscribers.discarding();
                    });
        }
        if (!answered.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException((count - answered.getCount()) + " of " + count + " streams answered");
        }
        return statuses;
    }

    /** Heap after a full GC (jcmd), then C clients GET the top 10 as fast as answered. */
    private String measure(ServiceProcess api, long open) throws Exception {
        load(api, duration);
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(api.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        double heapMb = sum(HEAP, api.management("/prometheus").body()) / 1e6;
        long[] nanos = load(api, duration);
        Arrays.sort(nanos);
        return String.format("| %,d | %.0f MB | %,.0f | %.1f ms | %.1f ms |", open, heapMb,
                nanos.length / (double) duration.toSeconds(), nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    }

    /** Latency of every GET top 10 the clients made in {@code time}. */
    private long[] load(ServiceProcess api, Duration time) throws Exception {
        long end = System.nanoTime() + time.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    if (http.send(HttpRequest.newBuilder(api.uri(TOP10)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
                        throw new IllegalStateException("GET top 10 failed");
                    }
                    latencies.add(System.nanoTime() - t);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> r : results) {
            all.addAll(r.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private boolean ranked(ServiceProcess api) {
        try {
            return http.send(HttpRequest.newBuilder(api.uri(TOP10)).build(), HttpResponse.BodyHandlers.ofString())
                    .body().contains("\"rank\":1");
        } catch (Exception notYet) {
            return false;
        }
    }

    private static double sum(Pattern metric, String prometheus) {
        double sum = 0;
        Matcher m = metric.matcher(prometheus);
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    private static String value(Pattern metric, String prometheus) {
        Matcher m = metric.matcher(prometheus);
        return m.find() ? String.format("%.0f", Double.parseDouble(m.group(1))) : "?";
    }
}
