package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Starts the whole system on embedded infrastructure and runs until Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start broker, database, dispatcher, calculators and API in this JVM; stop with Ctrl-C.")
class RunCommand implements Callable<Integer> {
    @Mixin
    EmbeddedOptions options = new EmbeddedOptions();

    @Override
    public Integer call() throws Exception {
        EmbeddedSystem system = EmbeddedSystem.start(options);
        afterStart(system);
        System.out.printf("Skill is running.%n  Kafka:      %s%n  PostgreSQL: %s%n  API:        %s"
                        + "/api/v1/rankings/finisher%n  Management: %s/health, %s/prometheus%nPress Ctrl-C to stop.%n",
                system.kafkaBootstrapServers(), system.jdbcUrl(), system.apiUrl(), system.managementUrl(),
                system.managementUrl());
        awaitShutdown(system);
        return 0;
    }

    /** What a variant does once everything runs (demo replays its sample). */
    void afterStart(EmbeddedSystem system) throws Exception {
    }

    /** The only shutdown hook closes everything in order; the main thread waits for it. */
    private static void awaitShutdown(EmbeddedSystem system) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Skill ...");
            system.close();
            stopped.countDown();
        }, "skill-shutdown"));
        stopped.await();
    }
}
