package skill.service;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import skill.core.ConfigKeys;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one service against external Kafka and PostgreSQL (configured by environment variables),
 * as docker-compose and Kubernetes do; each serves /health (with /health/liveness and /health/readiness
 * for probes) and /prometheus on its management port, and a status-only /health on its public port.
 */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = "Run one service against external infrastructure (KAFKA_BOOTSTRAP_SERVERS, JDBC_URL, ...).")
public final class ServiceCommand implements Callable<Integer> {

    public enum Service { dispatcher, calculators, api }

    @Parameters(index = "0", description = "One of: ${COMPLETION-CANDIDATES}")
    Service service;

    /** What makes a process one service: the others off, the database only where the dispatcher runs. */
    public static Map<String, Object> properties(Service service) {
        return Map.of(
                ConfigKeys.DISPATCHER_ENABLED, service == Service.dispatcher,
                ConfigKeys.CALCULATORS_ENABLED, service == Service.calculators,
                ConfigKeys.API_ENABLED, service == Service.api,
                // Only the dispatcher owns the database and its schema: the others start without it.
                "datasources.default.enabled", service == Service.dispatcher,
                "flyway.datasources.default.enabled", service == Service.dispatcher,
                "endpoints.health.jdbc.enabled", service == Service.dispatcher);
    }

    @Override
    public Integer call() throws InterruptedException {
        ApplicationContext context = ApplicationContext.builder().properties(properties(service)).start();
        context.getBean(EmbeddedServer.class).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "skill-shutdown"));
        stopped.await();
        return 0;
    }
}
