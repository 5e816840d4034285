package skill.systemtest;

import skill.core.ConfigKeys;
import skill.core.Topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run of the whole system as separate processes — dispatchers, calculators and an API — with
 * topics, consumer groups, application ids and a database of its own, so runs never meet.
 */
final class Deployment implements AutoCloseable {
    static final int PARTITIONS = 4;
    private final Path dir;
    private final String prefix;
    private final Topics topics;
    private final String database;
    private final List<ServiceProcess> dispatchers = new ArrayList<>();
    private final List<ServiceProcess> calculators = new ArrayList<>();
    private final ServiceProcess api;
    private final Map<String, String> common;

    private Deployment(Infrastructure infra, Path dir, String name, int dispatcherCount, int calculatorCount, int partitions) {
        this.dir = dir;
        this.prefix = name + "-";
        this.topics = Topics.defaults().withPrefix(prefix);
        this.database = name.replace('-', '_');
        infra.createDatabase(database);
        this.common = common(infra, partitions);
        for (int i = 1; i <= dispatcherCount; i++) {
            dispatchers.add(ServiceProcess.service("dispatcher", name + "-dispatcher-" + i, common, dir));
        }
        for (int i = 1; i <= calculatorCount; i++) {
            Map<String, String> own = new HashMap<>(common);
            own.put(ConfigKeys.CALCULATORS_STATE_DIR, dir.resolve("streams-" + i).toString());
            calculators.add(ServiceProcess.service("calculators", name + "-calculators-" + i, own, dir));
        }
        api = ServiceProcess.service("api", name + "-api", common, dir);
    }

    /** Starts the processes; the first dispatcher creates the topics (of so many partitions) and the schema. */
    static Deployment start(Infrastructure infra, Path dir, String name, int dispatchers, int calculators, int partitions) {
        Deployment d = new Deployment(infra, dir, name, dispatchers, calculators, partitions);
        d.all().forEach(ServiceProcess::start);
        return d;
    }

    /**
     * {@code skill.jar rebuild} of this deployment's calculators, not started: their configuration, and
     * the environment given on top (as an operator changes weights: SKILL_SCORING_WEIGHTS_...).
     */
    ServiceProcess rebuild(String name, Map<String, String> environment) {
        return ServiceProcess.command(name, common, environment, List.of("rebuild",
                "--bootstrap-servers", common.get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS),
                "--application-id-prefix", common.get(ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX),
                "--state-dir", dir.resolve(name + "-streams").toString()), dir);
    }

    private Map<String, String> common(Infrastructure infra, int partitions) {
        Map<String, String> p = new HashMap<>(Map.of(
                ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, infra.bootstrapServers(),
                "datasources.default.url", infra.jdbcUrl(database),
                "datasources.default.username", infra.username(),
                "datasources.default.password", infra.password(),
                // Fail fast while the database is away, so /health answers DOWN instead of hanging.
                "datasources.default.connection-timeout", "5000",
                ConfigKeys.TOPICS_PARTITIONS, Integer.toString(partitions),
                ConfigKeys.DISPATCHER_GROUP_ID, prefix + "dispatcher",
                ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX, prefix + "calculator",
                // One generated matchday: a starter's 90 minutes make him eligible.
                ConfigKeys.SCORING_MIN_MINUTES, "90"));
        p.putAll(topics.config());
        return p;
    }

    /** Every consumer group and Streams application id of this deployment starts with it. */
    String groupPrefix() {
        return prefix;
    }

    Topics topics() {
        return topics;
    }

    String database() {
        return database;
    }

    List<ServiceProcess> dispatchers() {
        return dispatchers;
    }

    List<ServiceProcess> calculators() {
        return calculators;
    }

    ServiceProcess api() {
        return api;
    }

    List<ServiceProcess> all() {
        return Stream.of(dispatchers.stream(), calculators.stream(), Stream.of(api)).flatMap(s -> s).toList();
    }

    @Override
    public void close() {
        all().stream().filter(ServiceProcess::alive).forEach(ServiceProcess::stop);
    }
}
