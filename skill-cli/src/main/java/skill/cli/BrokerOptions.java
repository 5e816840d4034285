package skill.cli;

import picocli.CommandLine.Option;

/** Where the commands that talk to a running system find its Kafka brokers. */
final class BrokerOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS or ${DEFAULT-VALUE}).")
    String bootstrapServers;
}
