package skill.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the embedded broker, database, API and management endpoints listen, shared by run and demo. */
final class EmbeddedOptions {
    @Option(names = "--kafka-port", defaultValue = "9092", description = "Embedded Kafka port (0 = any free port; default ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--postgres-port", defaultValue = "0", description = "Embedded PostgreSQL port (0 = any free port; default ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(names = "--api-port", defaultValue = "8080", description = "REST API port (0 = any free port; default ${DEFAULT-VALUE}).")
    int apiPort;

    @Option(names = "--management-port", defaultValue = "8081", description = "Port of /health and /prometheus (0 = any free port; default ${DEFAULT-VALUE}).")
    int managementPort;

    @Option(names = "--data-dir", description = "Keep broker, database and calculator state here across runs (default: a fresh temporary directory).")
    Path dataDir;
}
