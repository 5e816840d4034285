package skill.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import skill.core.ConfigKeys;
import skill.embedded.EmbeddedKafka;
import skill.embedded.EmbeddedPostgresServer;
import skill.runtime.FreePort;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole system in one JVM: an embedded broker and database, then the dispatcher, the
 * calculators and the API in one Micronaut context. Closed in reverse order of starting.
 */
final class EmbeddedSystem implements AutoCloseable {
    private static final String DATABASE = "skill";

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;
    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final int managementPort;

    private EmbeddedSystem(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, ApplicationContext context,
                           EmbeddedServer server, int managementPort) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.context = context;
        this.server = server;
        this.managementPort = managementPort;
    }

    static EmbeddedSystem start(EmbeddedOptions options) {
        Path dir = options.dataDir;
        EmbeddedKafka kafka = EmbeddedKafka.start(options.kafkaPort, dir == null ? null : dir.resolve("kafka"));
        EmbeddedPostgresServer postgres = null;
        try {
            postgres = EmbeddedPostgresServer.start(options.postgresPort, dir == null ? null : dir.resolve("postgres"));
            postgres.createDatabase(DATABASE);
            int managementPort = FreePort.orAny(options.managementPort);
            Map<String, Object> props = Map.of(
                    ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                    "datasources.default.url", postgres.jdbcUrl(DATABASE),
                    "datasources.default.username", postgres.username(),
                    "datasources.default.password", postgres.password(),
                    "micronaut.server.port", options.apiPort,
                    ConfigKeys.MANAGEMENT_PORT, managementPort,
                    ConfigKeys.CALCULATORS_STATE_DIR, dir == null ? "" : dir.resolve("streams").toString());
            ApplicationContext context = ApplicationContext.builder().properties(props).start();
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            return new EmbeddedSystem(kafka, postgres, context, server, managementPort);
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            kafka.close();
            throw e;
        }
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String apiUrl() {
        return server.getURL().toString();
    }

    /** Where /health (with details) and /prometheus answer. */
    String managementUrl() {
        return "http://" + server.getHost() + ":" + managementPort;
    }

    String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
        postgres.close();
        kafka.close();
    }
}
