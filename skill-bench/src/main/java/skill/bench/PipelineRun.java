package skill.bench;

import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.embedded.EmbeddedPostgresServer;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measured run from a clean slate: its own topics (prefix), database, consumer groups and
 * state directory, and the three services as separate JVMs configured for them (the calculators as one
 * or more instances of one application, each with a state directory of its own).
 */
final class PipelineRun implements AutoCloseable {
    /** Partitions of every topic unless a run asks for more (e.g. one per competition). */
    static final int PARTITIONS = 3;

    private final String servers;
    private final Topics topics;
    private final EmbeddedPostgresServer postgres;
    private final String database;
    private final Path stateDir;
    private final int partitions;
    private final List<ServiceProcess> services = new ArrayList<>();

    /**
     * @param jvmOptions            by service name
     * @param partitions            of every topic
     * @param calculatorsInstances  processes of the calculators (a stream thread per core each)
     */
    PipelineRun(String servers, EmbeddedPostgresServer postgres, String name, Map<String, String> jvmOptions,
                Duration timeout, int partitions, int calculatorsInstances)
            throws Exception {
        this.servers = servers;
        this.postgres = postgres;
        this.partitions = partitions;
        String prefix = "bench-" + System.currentTimeMillis() + "-" + name + "-";
        this.topics = Topics.defaults().withPrefix(prefix);
        this.database = ("bench_" + name + "_" + System.currentTimeMillis()).toLowerCase();
        this.stateDir = Files.createTempDirectory("skill-bench-streams");
        TopicProvisioner.create(KafkaConnection.of(servers), topics, partitions, (short) 1);
        postgres.createDatabase(database);
        Map<String, String> props = properties(prefix);
        try {
            services.add(ServiceProcess.start("dispatcher", jvmOptions.get("dispatcher"), props, timeout));
            for (int i = 1; i <= calculatorsInstances; i++) {
                Map<String, String> own = new LinkedHashMap<>(props);
                own.put(ConfigKeys.CALCULATORS_STATE_DIR, Files.createDirectory(stateDir.resolve("instance-" + i)).toString());
                services.add(ServiceProcess.start("calculators", jvmOptions.get("calculators"), own, timeout));
            }
            services.add(ServiceProcess.start("api", jvmOptions.get("api"), props, timeout));
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private Map<String, String> properties(String prefix) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, servers);
        p.putAll(topics.config());
        p.put(ConfigKeys.TOPICS_PARTITIONS, Integer.toString(partitions));
        p.put(ConfigKeys.DISPATCHER_GROUP_ID, prefix + "dispatcher");
        p.put(ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX, prefix + "calculator");
        p.put(ConfigKeys.CALCULATORS_STATE_DIR, stateDir.toString());
        p.put("datasources.default.url", postgres.jdbcUrl(database));
        p.put("datasources.default.username", postgres.username());
        p.put("datasources.default.password", postgres.password());
        return p;
    }

    Topics topics() {
        return topics;
    }

    String servers() {
        return servers;
    }

    int partitions() {
        return partitions;
    }

    ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** In start order: dispatcher, each calculators instance (same name), api. */
    List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Bytes of the calculators' state directory (RocksDB stores and checkpoints). */
    long stateStoreBytes() throws IOException {
        try (var files = Files.walk(stateDir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Bytes of the run's database and of the match_fact table with its indexes. */
    long[] databaseBytes() throws Exception {
        try (var c = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             var rs = c.createStatement().executeQuery(
                     "SELECT pg_database_size(current_database()), pg_total_relation_size('match_fact')")) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        }
    }

    @Override
    public void close() throws Exception {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        try (var files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
